"""Execute notebooks headlessly in the transferlab kernel.

Writes each executed notebook and an HTML rendering under --out, and fails
(exit 1) when any cell produced an error output. With --commit, the executed
copies also replace the ones in notebooks/, with the inlined plotly.js library
stripped so that committed notebooks stay small (the plotly JSON output, which
GitHub, JupyterLab and VS Code render, is kept).
"""
import argparse
import copy
import os
import re
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import HTMLExporter

PLOTLY_LIB = re.compile(r'<script[^>]*data-transferlab-plotly-lib[^>]*>.*?</script>', re.S)


def errors_in(nb):
    found = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != 'code':
            continue
        for out in cell.get('outputs', []):
            if out.get('output_type') == 'error':
                found.append((i, out.get('ename'), out.get('evalue')))
    return found


def strip_plotly_lib(nb):
    slim = copy.deepcopy(nb)
    for cell in slim.cells:
        for out in cell.get('outputs', []):
            html = out.get('data', {}).get('text/html')
            if isinstance(html, str) and 'data-transferlab-plotly-lib' in html:
                out['data']['text/html'] = PLOTLY_LIB.sub('', html)
    return slim


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('notebooks', nargs='+')
    ap.add_argument('--out', required=True)
    ap.add_argument('--kernel', default='transferlab')
    ap.add_argument('--timeout', type=int, default=1200, help='seconds per cell')
    ap.add_argument('--commit', action='store_true', help='write executed copies back, plotly.js stripped')
    args = ap.parse_args()

    os.makedirs(args.out, exist_ok=True)
    exporter = HTMLExporter()
    failed = []
    for number, path in enumerate(args.notebooks, 1):
        name = os.path.splitext(os.path.basename(path))[0]
        print(f'{name}: running ({number} of {len(args.notebooks)})', flush=True)
        nb = nbformat.read(path, as_version=4)
        started = time.time()
        client = NotebookClient(nb, kernel_name=args.kernel, timeout=args.timeout,
                                resources={'metadata': {'path': os.path.dirname(os.path.abspath(path))}})
        try:
            client.execute()
        except CellExecutionError as err:
            print(f'{name}: {str(err).splitlines()[-1] if str(err) else err}', file=sys.stderr)
        errors = errors_in(nb)
        executed = os.path.join(args.out, f'{name}.ipynb')
        nbformat.write(nb, executed)
        html, _ = exporter.from_notebook_node(nb)
        with open(os.path.join(args.out, f'{name}.html'), 'w', encoding='utf-8') as f:
            f.write(html)
        status = 'ok' if not errors else f'{len(errors)} error(s): ' + '; '.join(f'cell {i} {e}: {v}' for i, e, v in errors)
        print(f'{name}: {time.time() - started:.0f} s, {status}', flush=True)
        if errors:
            failed.append(name)
        elif args.commit:
            tmp = path + '.tmp'
            nbformat.write(strip_plotly_lib(nb), tmp)
            os.replace(tmp, path)
    print(f'executed notebooks and HTML renderings: {os.path.abspath(args.out)}')
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
