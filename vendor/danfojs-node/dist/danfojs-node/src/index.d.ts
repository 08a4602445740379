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
import { NDframe, Config, Utils, Str, Dt, MinMaxScaler, StandardScaler, LabelEncoder, OneHotEncoder, getDummies, concat, merge, toDateTime, dateRange, tensorflow, __version } from "../../danfojs-base";
import { streamCsvTransformer, convertFunctionTotransformer } from "./streams/csv.stream.transformer";
import { readCSVNode as readCSV, streamCSVNode as streamCSV, toCSVNode as toCSV, readJSONNode as readJSON, toJSONNode as toJSON, streamJSONNode as streamJSON, readExcelNode as readExcel, toExcelNode as toExcel } from "../../danfojs-base/io/node";
import DataFrame from "./core/frame";
import Series from "./core/series";
export { NDframe, Config, Utils, Str, Dt, toDateTime, Series, DataFrame, readCSV, streamCSV, toCSV, streamCsvTransformer, convertFunctionTotransformer, readJSON, toJSON, streamJSON, readExcel, toExcel, MinMaxScaler, StandardScaler, LabelEncoder, OneHotEncoder, getDummies, concat, merge, dateRange, tensorflow, __version };
