// What tl.useBackend accepts (checked by options/checkOptions).
import { rules, type OptionSpec } from '../options';

export const USE_BACKEND_SPEC: OptionSpec = { allowSoftware: 'boolean', threads: rules.positiveInteger, silent: 'boolean' };
