// Rich display shared by notebooks and scripts.
export { JUPYTER_DISPLAY, isDisplayable, mimeBundle, type MimeBundle, type Displayable } from './mime';
export { displaySink, setDisplaySink, inNotebook, kernelInterruptSignal, type DisplaySink, type DisplayOptions } from './sink';
export { display, clearOutput, toMimeBundle, type DisplayHandle, type DisplayFunction } from './display';
export { htmlBundle, markdownBundle, svgBundle, pngBundle, jsonBundle } from './bundles';
export { ProgressBar, progressHtml, formatBytesShort, type ProgressBarOptions } from './progress-bar';
