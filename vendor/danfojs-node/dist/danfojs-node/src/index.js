"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.__version = exports.tensorflow = exports.dateRange = exports.merge = exports.concat = exports.getDummies = exports.OneHotEncoder = exports.LabelEncoder = exports.StandardScaler = exports.MinMaxScaler = exports.toExcel = exports.readExcel = exports.streamJSON = exports.toJSON = exports.readJSON = exports.convertFunctionTotransformer = exports.streamCsvTransformer = exports.toCSV = exports.streamCSV = exports.readCSV = exports.DataFrame = exports.Series = exports.toDateTime = exports.Dt = exports.Str = exports.Utils = exports.Config = exports.NDframe = void 0;
/**
*  @license
* Copyright 2022 JsData. All rights reserved.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.

* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* ==========================================================================
*/
var danfojs_base_1 = require("../../danfojs-base");
Object.defineProperty(exports, "NDframe", { enumerable: true, get: function () { return danfojs_base_1.NDframe; } });
Object.defineProperty(exports, "Config", { enumerable: true, get: function () { return danfojs_base_1.Config; } });
Object.defineProperty(exports, "Utils", { enumerable: true, get: function () { return danfojs_base_1.Utils; } });
Object.defineProperty(exports, "Str", { enumerable: true, get: function () { return danfojs_base_1.Str; } });
Object.defineProperty(exports, "Dt", { enumerable: true, get: function () { return danfojs_base_1.Dt; } });
Object.defineProperty(exports, "MinMaxScaler", { enumerable: true, get: function () { return danfojs_base_1.MinMaxScaler; } });
Object.defineProperty(exports, "StandardScaler", { enumerable: true, get: function () { return danfojs_base_1.StandardScaler; } });
Object.defineProperty(exports, "LabelEncoder", { enumerable: true, get: function () { return danfojs_base_1.LabelEncoder; } });
Object.defineProperty(exports, "OneHotEncoder", { enumerable: true, get: function () { return danfojs_base_1.OneHotEncoder; } });
Object.defineProperty(exports, "getDummies", { enumerable: true, get: function () { return danfojs_base_1.getDummies; } });
Object.defineProperty(exports, "concat", { enumerable: true, get: function () { return danfojs_base_1.concat; } });
Object.defineProperty(exports, "merge", { enumerable: true, get: function () { return danfojs_base_1.merge; } });
Object.defineProperty(exports, "toDateTime", { enumerable: true, get: function () { return danfojs_base_1.toDateTime; } });
Object.defineProperty(exports, "dateRange", { enumerable: true, get: function () { return danfojs_base_1.dateRange; } });
Object.defineProperty(exports, "tensorflow", { enumerable: true, get: function () { return danfojs_base_1.tensorflow; } });
Object.defineProperty(exports, "__version", { enumerable: true, get: function () { return danfojs_base_1.__version; } });
var csv_stream_transformer_1 = require("./streams/csv.stream.transformer");
Object.defineProperty(exports, "streamCsvTransformer", { enumerable: true, get: function () { return csv_stream_transformer_1.streamCsvTransformer; } });
Object.defineProperty(exports, "convertFunctionTotransformer", { enumerable: true, get: function () { return csv_stream_transformer_1.convertFunctionTotransformer; } });
var node_1 = require("../../danfojs-base/io/node");
Object.defineProperty(exports, "readCSV", { enumerable: true, get: function () { return node_1.readCSVNode; } });
Object.defineProperty(exports, "streamCSV", { enumerable: true, get: function () { return node_1.streamCSVNode; } });
Object.defineProperty(exports, "toCSV", { enumerable: true, get: function () { return node_1.toCSVNode; } });
Object.defineProperty(exports, "readJSON", { enumerable: true, get: function () { return node_1.readJSONNode; } });
Object.defineProperty(exports, "toJSON", { enumerable: true, get: function () { return node_1.toJSONNode; } });
Object.defineProperty(exports, "streamJSON", { enumerable: true, get: function () { return node_1.streamJSONNode; } });
Object.defineProperty(exports, "readExcel", { enumerable: true, get: function () { return node_1.readExcelNode; } });
Object.defineProperty(exports, "toExcel", { enumerable: true, get: function () { return node_1.toExcelNode; } });
var frame_1 = __importDefault(require("./core/frame"));
exports.DataFrame = frame_1.default;
var series_1 = __importDefault(require("./core/series"));
exports.Series = series_1.default;
