import { dirname, relative, resolve } from 'node:path';
import { checkBlueprintFully } from '../../check/blueprint.js';
import { createSettingsResolver } from '../../config/resolve.js';
import { UsageError } from '../../errors.js';
import { messages } from '../../i18n/index.js';
import { loadCompetencyFile } from '../../load/competency-file.js';
import { BLUEPRINT_KIND, createProjectRoots, readProjectFile } from '../../load/project.js';
import { missingProgrammeItems } from '../../render/programme.js';
import { BUILT_IN_TEMPLATES, isRenderLanguage, renderModel } from '../../render/render.js';
import { stylish } from '../../report/stylish.js';
import { alwaysOnRuleIds } from '../../rules/always-on.js';
import { describeFsError } from '../../util/fs-error.js';
import { refuseOverwritingInputs, writeOutputFile } from '../../util/output-file.js';
import { ExitCode } from '../exit-codes.js';
import { type IO, useColor } from '../io.js';
import { type CommonOptions, VERSION } from '../program.js';

/** Flags of `blueprint render`. */
export interface RenderFlags extends CommonOptions {
  template: string;
  out?: string;
  lang?: string;
  /** Render the built-in programme even when items are missing (they show as "Not stated."). */
  allowIncomplete?: boolean;
}

/**
 * `blueprint render <file>`: the document on standard output or in `--out` (written whole or
 * not at all). Exit 1 without rendering when the blueprint has always-on errors, 2 when the
 * file, template or flags are wrong; exit 1 without rendering the built-in programme when it
 * lacks items a published programme must state, unless `--allow-incomplete`.
 */
export async function renderCommand(io: IO, file: string, flags: RenderFlags): Promise<number> {
  const locale = flags.locale ?? 'en';
  const say = messages(locale).render;
  if (flags.lang !== undefined && !isRenderLanguage(flags.lang))
    throw new UsageError(say.badLang(flags.lang));
  if (flags.out === '') throw new UsageError(say.outEmpty);
  const roots = createProjectRoots(io.cwd);
  const read = readProjectFile(file, io.cwd, roots, BLUEPRINT_KIND, locale);
  if (read.kind === 'refused' || read.kind === 'unreadable') throw new UsageError(read.message);
  if (read.kind === 'too-large') throw new UsageError(say.tooLarge(file));

  // The blueprint's own config decides which rule findings the closing line counts.
  const { severities, context, configFile } = createSettingsResolver({ cwd: io.cwd, locale })(file);
  const { result, model } = checkBlueprintFully(read.source, {
    file,
    severities,
    context,
    locale,
    loadCompetencies: (name) => loadCompetencyFile(name, file, io.cwd, roots, undefined, locale),
  });
  const blocking = result.findings.filter((finding) => alwaysOnRuleIds.has(finding.rule));
  if (!model || blocking.length > 0) {
    const color = useColor(flags.color, { ...io, stdout: io.stderr });
    io.stderr.write(
      stylish([{ ...result, findings: blocking, warningCount: 0 }], { color, version: VERSION, locale }),
    );
    io.stderr.write(`blueprint: ${say.notRendered(file)}\n`);
    return ExitCode.Findings;
  }

  // A programme with gaps must not look finished: say what is missing, and render it only when asked.
  const missing = flags.template === 'programme' ? missingProgrammeItems(model, locale) : [];
  if (missing.length > 0) {
    const lines = missing.map((message) => `  - ${message}\n`).join('');
    if (!flags.allowIncomplete) {
      io.stderr.write(
        `blueprint: ${say.programmeRefused(file, missing.length)}\n${lines}blueprint: ${say.programmeHowTo}\n`,
      );
      return ExitCode.Findings;
    }
    io.stderr.write(`blueprint: ${say.programmeIncomplete(file, missing.length)}\n${lines}`);
  }

  const document = await renderModel(model, {
    template: flags.template,
    language: flags.lang,
    cwd: io.cwd,
    displayPath: (absolute) => relative(io.cwd, absolute) || absolute,
    messageLocale: locale,
  });
  if (flags.out !== undefined) {
    const framework = model.data.competencies?.file;
    const inputs = [file, configFile];
    if (!(BUILT_IN_TEMPLATES as readonly string[]).includes(flags.template)) inputs.push(flags.template);
    if (framework) inputs.push(resolve(io.cwd, dirname(file), framework));
    refuseOverwritingInputs([flags.out], inputs, io.cwd, locale);
    try {
      writeOutputFile(resolve(io.cwd, flags.out), document);
    } catch (error) {
      throw new UsageError(say.cannotWrite(flags.out, describeFsError(error, 'write', locale)));
    }
  } else {
    io.stdout.write(document);
  }

  if (result.errorCount + result.warningCount > 0) {
    io.stderr.write(`blueprint: ${say.despite(file, result.errorCount, result.warningCount)}\n`);
  }
  return ExitCode.Ok;
}
