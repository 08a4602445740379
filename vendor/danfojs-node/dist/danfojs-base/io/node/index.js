"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toExcelNode = exports.readExcelNode = exports.streamJSONNode = exports.toJSONNode = exports.readJSONNode = exports.writeCsvOutputStreamNode = exports.openCsvInputStreamNode = exports.toCSVNode = exports.streamCSVNode = exports.readCSVNode = void 0;
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
var io_csv_1 = require("./io.csv");
Object.defineProperty(exports, "readCSVNode", { enumerable: true, get: function () { return io_csv_1.$readCSV; } });
Object.defineProperty(exports, "streamCSVNode", { enumerable: true, get: function () { return io_csv_1.$streamCSV; } });
Object.defineProperty(exports, "toCSVNode", { enumerable: true, get: function () { return io_csv_1.$toCSV; } });
Object.defineProperty(exports, "openCsvInputStreamNode", { enumerable: true, get: function () { return io_csv_1.$openCsvInputStream; } });
Object.defineProperty(exports, "writeCsvOutputStreamNode", { enumerable: true, get: function () { return io_csv_1.$writeCsvOutputStream; } });
var io_json_1 = require("./io.json");
Object.defineProperty(exports, "readJSONNode", { enumerable: true, get: function () { return io_json_1.$readJSON; } });
Object.defineProperty(exports, "toJSONNode", { enumerable: true, get: function () { return io_json_1.$toJSON; } });
Object.defineProperty(exports, "streamJSONNode", { enumerable: true, get: function () { return io_json_1.$streamJSON; } });
var io_excel_1 = require("./io.excel");
Object.defineProperty(exports, "readExcelNode", { enumerable: true, get: function () { return io_excel_1.$readExcel; } });
Object.defineProperty(exports, "toExcelNode", { enumerable: true, get: function () { return io_excel_1.$toExcel; } });
