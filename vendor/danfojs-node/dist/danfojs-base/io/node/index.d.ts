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
import { $readCSV, $streamCSV, $toCSV, $openCsvInputStream, $writeCsvOutputStream } from "./io.csv";
import { $readJSON, $toJSON, $streamJSON } from "./io.json";
import { $readExcel, $toExcel } from "./io.excel";
export { $readCSV as readCSVNode, $streamCSV as streamCSVNode, $toCSV as toCSVNode, $openCsvInputStream as openCsvInputStreamNode, $writeCsvOutputStream as writeCsvOutputStreamNode, $readJSON as readJSONNode, $toJSON as toJSONNode, $streamJSON as streamJSONNode, $readExcel as readExcelNode, $toExcel as toExcelNode, };
