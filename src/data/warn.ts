// Warnings about rows the caller asked us to drop: one line, with the count.
export function warnDropped(count: number, what: string, where: string): void {
  if (count > 0) console.warn(`transferlab: dropped ${count} ${what} from ${where} (dropEmpty: true)`);
}
