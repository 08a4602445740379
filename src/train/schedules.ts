// Learning-rate schedules: each maps a 0-based optimizer step to a learning rate.
// Formulas (t = step, T = total steps, W = warmup steps, lr = peak rate):
//   constant:        lr
//   linear:          t < W: lr * (t + 1) / W;  else lr * max(0, (T - t) / (T - W))
//   cosine:          t < W: lr * (t + 1) / W;  else minLr + (lr - minLr) * (1 + cos(pi * p)) / 2, p = (t - W) / (T - W)
//   one-cycle:       p = t / T; rising for p < pctStart from lr/divFactor to lr, then falling to
//                    lr/(divFactor*finalDivFactor), both halves cosine-annealed (fastai / PyTorch OneCycleLR).

export interface LrSchedule {
  readonly name: string;
  /** The learning rate for a 0-based optimizer step. */
  lr(step: number): number;
}

export interface ScheduleShape {
  /** Peak (or constant) learning rate. */
  lr: number;
  /** Total optimizer steps of the run. */
  totalSteps: number;
  /** Warmup steps (linear, cosine). */
  warmup?: number;
}

function checkShape({ lr, totalSteps, warmup = 0 }: ScheduleShape): void {
  if (!(lr > 0)) throw new Error(`schedule: lr must be > 0, got ${lr}`);
  if (!(totalSteps >= 1)) throw new Error(`schedule: totalSteps must be >= 1, got ${totalSteps}`);
  if (!(warmup >= 0) || warmup > totalSteps) {
    throw new Error(`schedule: warmup must be between 0 and totalSteps (${totalSteps}), got ${warmup}`);
  }
}

function warmupRate(lr: number, step: number, warmup: number): number | undefined {
  return step < warmup ? (lr * (step + 1)) / warmup : undefined;
}

export function constantSchedule(lr: number): LrSchedule {
  checkShape({ lr, totalSteps: 1 });
  return { name: 'constant', lr: () => lr };
}

/** Linear warmup to lr over `warmup` steps, then linear decay to 0 at totalSteps. */
export function linearSchedule(shape: ScheduleShape): LrSchedule {
  checkShape(shape);
  const { lr, totalSteps, warmup = 0 } = shape;
  return {
    name: 'linear',
    lr: (t) => warmupRate(lr, t, warmup) ?? lr * Math.max(0, (totalSteps - t) / Math.max(1, totalSteps - warmup)),
  };
}

/** Linear warmup, then cosine decay from lr to minLr (default 0) at totalSteps. */
export function cosineSchedule(shape: ScheduleShape & { minLr?: number }): LrSchedule {
  checkShape(shape);
  const { lr, totalSteps, warmup = 0, minLr = 0 } = shape;
  return {
    name: 'cosine',
    lr: (t) => {
      const w = warmupRate(lr, t, warmup);
      if (w !== undefined) return w;
      const p = Math.min(1, (t - warmup) / Math.max(1, totalSteps - warmup));
      return minLr + ((lr - minLr) * (1 + Math.cos(Math.PI * p))) / 2;
    },
  };
}

export interface OneCycleShape extends ScheduleShape {
  /** Fraction of the run spent rising (default 0.25, as fastai). */
  pctStart?: number;
  /** The run starts at lr / divFactor (default 25). */
  divFactor?: number;
  /** The run ends at lr / (divFactor * finalDivFactor) (default 1e4). */
  finalDivFactor?: number;
}

function cosineBetween(from: number, to: number, p: number): number {
  return to + ((from - to) * (1 + Math.cos(Math.PI * p))) / 2;
}

/** One-cycle (Smith; fastai's fit_one_cycle): cosine up to lr, then cosine down to almost 0. */
export function oneCycleSchedule(shape: OneCycleShape): LrSchedule {
  checkShape(shape);
  const { lr, totalSteps, pctStart = 0.25, divFactor = 25, finalDivFactor = 1e4 } = shape;
  if (!(pctStart > 0 && pctStart < 1)) throw new Error(`oneCycleSchedule: pctStart must be in (0, 1), got ${pctStart}`);
  const start = lr / divFactor;
  const end = start / finalDivFactor;
  const up = Math.max(1, Math.round(totalSteps * pctStart));
  const down = Math.max(1, totalSteps - up);
  return {
    name: 'one-cycle',
    lr: (t) => (t < up ? cosineBetween(start, lr, t / up) : cosineBetween(lr, end, Math.min(1, (t - up) / down))),
  };
}

export type ScheduleName = 'constant' | 'linear' | 'cosine' | 'one-cycle';

/** fineTune's `schedule` option: a name, or any object with lr(step). */
export function resolveSchedule(schedule: ScheduleName | LrSchedule | undefined, shape: ScheduleShape): LrSchedule {
  if (schedule !== undefined && typeof schedule === 'object') {
    if (typeof schedule.lr !== 'function') throw new Error('fineTune: options.schedule must be a name or an object with lr(step)');
    return schedule;
  }
  switch (schedule ?? 'constant') {
    case 'constant':
      if (shape.warmup) return linearWarmupOnly(shape);
      return constantSchedule(shape.lr);
    case 'linear':
      return linearSchedule(shape);
    case 'cosine':
      return cosineSchedule(shape);
    case 'one-cycle':
      return oneCycleSchedule(shape);
    default:
      throw new Error(
        `fineTune: unknown options.schedule '${String(schedule)}'; use 'constant', 'linear', 'cosine', 'one-cycle' or an object with lr(step)`,
      );
  }
}

/** 'constant' with a warmup: linear warmup, then constant. */
function linearWarmupOnly(shape: ScheduleShape): LrSchedule {
  checkShape(shape);
  const { lr, warmup = 0 } = shape;
  return { name: 'constant', lr: (t) => warmupRate(lr, t, warmup) ?? lr };
}
