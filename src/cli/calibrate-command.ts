import { Option, type Command } from 'commander';
import { texts } from '../language.js';
import type { CalibrateOptions } from './commands/calibrate.js';
import { collect, path } from './option-values.js';
import { configOption, debugOption, jsonOption, languageOption, outFileOption, paramOption } from './options.js';
import type { Io } from './terminal.js';

/** The help of `calibrate` (docs/methodology.md#calibrate). */
export const calibrateHelp = texts('calibrate-help', {
  en: {
    calibrate: 'fit factors on parameters so that the forecast matches the realised figures best (least squares), and write the result as a scenario variant',
    file: 'a municipality file with realised figures (or a region file: those of all its municipalities)',
    param: 'a parameter to fit: a factor on its whole series, as --set name*=factor (repeatable)',
    bounds: 'the factor\'s bounds, such as loonkosten_per_fte=0.8:1.25 (repeatable; default: the uncertainty section, else 0.5:2)',
    weights: 'euros: every euro of difference counts alike; relative: each difference relative to its realised figure',
    config: 'fit only to the realised figures of this configuration (default: all of them)',
    out: 'the variant file to write (default: <file>-gekalibreerd.yaml next to the file)',
    force: 'replace the variant file if it exists',
    json: 'print the result as JSON on stdout and nothing else (the variant is still written)',
  },
  nl: {
    calibrate: 'schat factoren op parameters zo dat de prognose zo goed mogelijk bij de gerealiseerde cijfers past (kleinste kwadraten), en schrijf het resultaat als scenariovariant',
    file: 'een gemeentebestand met gerealiseerde cijfers (of een regiobestand: die van al zijn gemeenten)',
    param: 'een parameter om te schatten: een factor op zijn hele reeks, als --set naam*=factor (herhaalbaar)',
    bounds: 'de grenzen van de factor, zoals loonkosten_per_fte=0.8:1.25 (herhaalbaar; standaard: de sectie uncertainty, anders 0.5:2)',
    weights: 'euros: elke euro verschil telt even zwaar; relative: elk verschil ten opzichte van zijn gerealiseerde cijfer',
    config: 'schat alleen op de gerealiseerde cijfers van deze configuratie (standaard: alle)',
    out: 'het variantbestand om te schrijven (standaard: <bestand>-gekalibreerd.yaml naast het bestand)',
    force: 'vervang het variantbestand als het bestaat',
    json: 'schrijf het resultaat als JSON op stdout en verder niets (de variant wordt ook geschreven)',
  },
});

/** `calibrate <file> --param NAME…`: registered by main.ts; the command itself is loaded only when it runs. */
export function addCalibrateCommand(program: Command, io: Io): void {
  const help = calibrateHelp;
  program
    .command('calibrate')
    .description(help.calibrate)
    .argument('<file>', help.file, path)
    .addOption(paramOption(help.param, true))
    .addOption(new Option('--bounds <name=low:high>', help.bounds).argParser(collect).default([]))
    .addOption(new Option('--weights <kind>', help.weights).choices(['euros', 'relative']).default('euros'))
    .addOption(configOption(help.config))
    .addOption(outFileOption(help.out))
    .option('--force', help.force)
    .addOption(jsonOption(help.json))
    .addOption(languageOption())
    .addOption(debugOption())
    .action(async (file: string, options: CalibrateOptions) => {
      const { calibrateCommand } = await import('./commands/calibrate.js');
      await calibrateCommand(file, options, io);
    });
}
