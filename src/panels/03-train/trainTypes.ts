/** What the Train lab's worker tells the page after each slice of training (train.worker.ts). */
import type { CurvePoint, EvalPoint, Phase, ProbePoint, TrainSetup } from '../../train/labRun.ts';
import type { ItemResult } from '../../train/heldoutScore.ts';
import type { LabData } from '../../train/labData.ts';
import type { RunStatus } from './runStore.ts';
import type { Failure } from './failures.ts';

export interface TrainUpdate {
  runId: string;
  setup: TrainSetup;
  status: RunStatus;
  step: number;
  total: number;
  phase: Phase;
  /** Training seconds so far (this and earlier sessions). */
  seconds: number;
  /** Measured in this session; null before its first slice. */
  tokensPerSecond: number | null;
  etaSeconds: number | null;
  /** FNV-1a of the weights' bytes (labRun.ts hashFloats). */
  hash: string;
  curve: CurvePoint[];
  evalCurve: EvalPoint[];
  probeCurve: ProbePoint[];
  probeReplies: ItemResult[];
  counts: LabData['counts'];
  params: number;
  threads: number;
  savedAt: number | null;
  /** Why the latest save failed (training goes on; the previous save is kept), or null. */
  saveError: Failure | null;
}
