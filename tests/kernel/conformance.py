"""jupyter_kernel_test (Debian's python3-jupyter-kernel-test) against the
installed `transferlab` kernel. Run by conformance.test.ts with JUPYTER_PATH
pointing at a temporary kernelspec install. Every test has a sample, so only
test_pager is skipped (the kernel has no pager payloads)."""
import unittest

import jupyter_kernel_test


class TransferlabKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "transferlab"
    language_name = "typescript"
    file_extension = ".ts"

    code_hello_world = 'console.log("hello, world")'
    code_stderr = 'console.error("some error")'
    code_generate_error = 'throw new Error("boom")'

    completion_samples = [
        {"text": "Math.PI", "matches": {"PI"}},
        {"text": "const longVariableName = 1;\nlongVariableNa", "matches": {"longVariableName"}},
    ]
    complete_code_samples = ["1 + 1", "const a = 1;", "function f() { return 1; }"]
    incomplete_code_samples = ["function f() {", "const x = [1, 2,", "if (true) {"]
    invalid_code_samples = ["let = ;", "const 1x = 2;"]

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": "'hello'", "result": "'hello'"},
        {"code": "[1, 2, 3].map(x => x * 2)", "result": "[ 2, 4, 6 ]"},
    ]
    code_display_data = [
        {"code": 'display.html("<b>hi</b>")', "mime": "text/html"},
        {"code": 'display.markdown("# title")', "mime": "text/markdown"},
        {"code": 'display.svg("<svg xmlns=\\"http://www.w3.org/2000/svg\\"/>")', "mime": "image/svg+xml"},
        {"code": "display.json({ a: 1 })", "mime": "application/json"},
    ]
    code_history_pattern = "6 * *"
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "Math.max"
    code_clear_output = "clear_output()"


if __name__ == "__main__":
    unittest.main(verbosity=2)
