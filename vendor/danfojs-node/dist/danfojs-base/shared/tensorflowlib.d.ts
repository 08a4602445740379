declare const tf: any;
export default tf;
