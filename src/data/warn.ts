// Notes about rows the caller asked us to drop: one line, with the count.
import { notice } from '../display/notice';

export function warnDropped(count: number, what: string, where: string): void {
  if (count > 0) notice(`dropped ${count} ${what} from ${where} (dropEmpty: true)`);
}
