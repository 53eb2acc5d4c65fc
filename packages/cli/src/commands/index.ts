import type { CommandDef } from "../command.js";
import { bandingCommand } from "./banding.js";
import { modelCheckCommand } from "./model-check.js";
import { modelDiffCommand } from "./model-diff.js";
import { modelInitCommand } from "./model-init.js";
import { modelShowCommand } from "./model-show.js";
import { planCommand } from "./plan.js";
import { rekapCommand } from "./rekap.js";
import { scoreCommand } from "./score.js";
import { templateCommand } from "./template.js";

/** Every command, in the order `inovasi --help` lists them. */
export const COMMANDS: readonly CommandDef[] = [templateCommand, scoreCommand, planCommand, modelCheckCommand, modelShowCommand, modelInitCommand, modelDiffCommand, rekapCommand, bandingCommand];
