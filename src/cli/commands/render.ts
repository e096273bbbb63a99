import { dirname, relative, resolve } from 'node:path';
import { checkBlueprintFully } from '../../check/blueprint.js';
import { createSettingsResolver } from '../../config/resolve.js';
import { UsageError } from '../../errors.js';
import { loadCompetencyFile } from '../../load/competency-file.js';
import { readInputFile } from '../../load/files.js';
import { BLUEPRINT_KIND, createProjectRoots, linkProblem } from '../../load/project.js';
import { missingProgrammeItems } from '../../render/programme.js';
import { BUILT_IN_TEMPLATES, isRenderLanguage, renderModel } from '../../render/render.js';
import { stylish } from '../../report/stylish.js';
import { alwaysOnRuleIds } from '../../rules/always-on.js';
import { describeFsError } from '../../util/fs-error.js';
import { refuseOverwritingInputs, writeOutputFile } from '../../util/output-file.js';
import { count } from '../../util/words.js';
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
  if (flags.lang !== undefined && !isRenderLanguage(flags.lang))
    throw new UsageError(`unknown language '${flags.lang}' for --lang: use en or fr`);
  if (flags.out === '') throw new UsageError('--out needs a file name');
  const roots = createProjectRoots(io.cwd);
  const refused = linkProblem(file, io.cwd, roots, BLUEPRINT_KIND);
  if (refused) throw new UsageError(refused);
  const read = readInputFile(file, io.cwd);
  if (read.kind === 'unreadable') throw new UsageError(read.message);
  if (read.kind === 'too-large') throw new UsageError(`${file} is too large to be a blueprint`);

  // The blueprint's own config decides which rule findings the closing line counts.
  const { severities, context, configFile } = createSettingsResolver({ cwd: io.cwd })(file);
  const { result, model } = checkBlueprintFully(read.source, {
    file,
    severities,
    context,
    loadCompetencies: (name) => loadCompetencyFile(name, file, io.cwd, roots),
  });
  const blocking = result.findings.filter((finding) => alwaysOnRuleIds.has(finding.rule));
  if (!model || blocking.length > 0) {
    const color = useColor(flags.color, { ...io, stdout: io.stderr });
    io.stderr.write(
      stylish([{ ...result, findings: blocking, warningCount: 0 }], { color, version: VERSION }),
    );
    io.stderr.write(`blueprint: ${file} was not rendered: fix the errors above first\n`);
    return ExitCode.Findings;
  }

  // A programme with gaps must not look finished: say what is missing, and render it only when asked.
  const missing = flags.template === 'programme' ? missingProgrammeItems(model) : [];
  if (missing.length > 0) {
    const lines = missing.map((message) => `  - ${message}\n`).join('');
    if (!flags.allowIncomplete) {
      io.stderr.write(
        `blueprint: ${file}: the programme was not rendered: it does not state ${count(missing.length, 'item')} a published programme must:\n${lines}blueprint: state them in the blueprint, or pass --allow-incomplete to render it with "Not stated." in their place\n`,
      );
      return ExitCode.Findings;
    }
    io.stderr.write(
      `blueprint: ${file}: the programme is incomplete (--allow-incomplete): ${count(missing.length, 'item')} not stated:\n${lines}`,
    );
  }

  const document = await renderModel(model, {
    template: flags.template,
    language: flags.lang,
    cwd: io.cwd,
    displayPath: (absolute) => relative(io.cwd, absolute) || absolute,
  });
  if (flags.out !== undefined) {
    const framework = model.data.competencies?.file;
    const inputs = [file, configFile];
    if (!(BUILT_IN_TEMPLATES as readonly string[]).includes(flags.template)) inputs.push(flags.template);
    if (framework) inputs.push(resolve(io.cwd, dirname(file), framework));
    refuseOverwritingInputs([flags.out], inputs, io.cwd);
    try {
      writeOutputFile(resolve(io.cwd, flags.out), document);
    } catch (error) {
      throw new UsageError(`cannot write ${flags.out}: ${describeFsError(error, 'write')}`);
    }
  } else {
    io.stdout.write(document);
  }

  if (result.errorCount + result.warningCount > 0) {
    io.stderr.write(
      `blueprint: rendered ${file} despite ${count(result.errorCount, 'error')} and ${count(result.warningCount, 'warning')}: run \`blueprint check ${file}\` to see them\n`,
    );
  }
  return ExitCode.Ok;
}
