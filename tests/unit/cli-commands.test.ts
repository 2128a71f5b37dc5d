// The CLI imports only the command it runs (src/cli/commands/index.ts): which commands a command line registers.
import { COMMANDS, commandsFor } from '../../src/cli/commands/index.js';

const names = (args: string[]): string[] => commandsFor(args).map(([name]) => name);
const ALL = COMMANDS.map(([name]) => name);

test.each([
  [['ner', '-i', 'in.jsonl'], ['ner']],
  [['build', 'seeds/', '-o', 'out'], ['build']],
  [['-q', 'load', '--bulk'], ['load']],
  [['neo4j', 'start'], ['neo4j']],
  [['--version'], []],
  [['-V'], []],
  [['--help'], ALL],
  [[], ALL],
  [['help', 'ner'], ALL],
  [['nre'], ALL],
])('%j registers %j', (args, expected) => {
  expect(names(args)).toEqual(expected);
});

test('every command module registers the command it is listed under', async () => {
  for (const [name, load] of COMMANDS) {
    const registered: string[] = [];
    const { Command } = await import('commander');
    const program = new Command('kg');
    (await load()).register(program);
    for (const c of program.commands) registered.push(c.name());
    expect({ name, registered }).toEqual({ name, registered: [name] });
  }
});
