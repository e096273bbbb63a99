import { relative, resolve } from 'node:path';
import { checkBlueprintFully } from '../../check/blueprint.js';
import { createSettingsResolver } from '../../config/resolve.js';
import { UsageError } from '../../errors.js';
import { loadCompetencyFile } from '../../load/competency-file.js';
import { readBlueprintFile } from '../../load/files.js';
import { isRenderLanguage, renderModel } from '../../render/render.js';
import { stylish } from '../../report/stylish.js';
import { alwaysOnRuleIds } from '../../rules/always-on.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { ExitCode } from '../exit-codes.js';
import { type IO, useColor } from '../io.js';
import { type CommonOptions, VERSION } from '../program.js';

/** Flags of `blueprint render`. */
export interface RenderFlags extends CommonOptions {
  template: string;
  out?: string;
  lang?: string;
}

/**
 * `blueprint render <file>`: the document on standard output or in `--out` (written whole or
 * not at all). Exit 1 without rendering when the blueprint has always-on errors, 2 when the
 * file, template or flags are wrong.
 */
export async function renderCommand(io: IO, file: string, flags: RenderFlags): Promise<number> {
  if (flags.lang !== undefined && !isRenderLanguage(flags.lang))
    throw new UsageError(`unknown language '${flags.lang}' for --lang: use en or fr`);
  const read = readBlueprintFile(file, io.cwd);
  if (read.kind === 'unreadable') throw new UsageError(read.message);
  if (read.kind === 'too-large') throw new UsageError(`${file} is too large to be a blueprint`);

  // The blueprint's own config decides which rule findings the closing line counts.
  const { severities, context } = createSettingsResolver({ cwd: io.cwd })(file);
  const { result, model } = checkBlueprintFully(read.source, {
    file,
    severities,
    context,
    loadCompetencies: (name) => loadCompetencyFile(name, file, io.cwd),
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

  const document = await renderModel(model, {
    template: flags.template,
    language: flags.lang,
    cwd: io.cwd,
    displayPath: (absolute) => relative(io.cwd, absolute) || absolute,
  });
  if (flags.out) {
    try {
      writeFileAtomic(resolve(io.cwd, flags.out), document);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new UsageError(`cannot write ${flags.out}: ${reason}`);
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

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
