// WebGPU in Node: the npm `webgpu` package (Google's Dawn, on Vulkan/Metal/D3D12)
// provides navigator.gpu, and @tensorflow/tfjs-backend-webgpu runs on it. We pick
// the adapter ourselves so that a software one (Mesa lavapipe, SwiftShader) is
// refused unless the caller allows it, and register the tfjs backend on that adapter.
import { tf } from '../tf';
import type { ActiveBackend, BackendCandidate } from './candidate';
import { nvidiaDevice } from './nvidia';
import { findPackage } from './resolve';
import type { UseBackendOptions } from './types';
import { dawnAddonPath, probeAdapterQuietly, type AdapterSummary } from './webgpu-probe';
import { BackendUnavailable, firstLine } from './unavailable';

// The few WebGPU shapes we touch; the full types live in @webgpu/types.
type AdapterInfo = AdapterSummary;
interface Adapter {
  info?: AdapterInfo;
  isFallbackAdapter?: boolean;
  features: Set<string>;
  limits: Record<string, number>;
  requestDevice(descriptor?: unknown): Promise<GpuDevice>;
}
interface GpuDevice {
  destroy(): void;
}
interface Gpu {
  requestAdapter(options?: { powerPreference?: string }): Promise<Adapter | null>;
}
interface DawnModule {
  create(flags: string[]): Gpu;
  globals: Record<string, unknown>;
}

export interface WebGpuAdapter {
  adapter: Adapter;
  info: AdapterInfo;
  software: boolean;
  name: string;
}

const NOT_INSTALLED = 'not installed (npm install webgpu@0.6.2, which ships Dawn for linux-x64, macOS and Windows)';

let dawn: { gpu: Gpu } | undefined;
let device: GpuDevice | undefined;

// The package is an ES module; Node before 20.19 cannot require() one, so fall
// back to its native addon, which is what the module itself wraps.
function loadDawnModule(dir: string): DawnModule {
  try {
    return require(dir) as DawnModule;
  } catch (err) {
    if ((err as { code?: string }).code !== 'ERR_REQUIRE_ESM') throw err;
    return require(dawnAddonPath(dir)) as DawnModule;
  }
}

function loadDawn(): Gpu {
  if (dawn) return dawn.gpu;
  const found = findPackage('webgpu');
  if (!found) throw new BackendUnavailable(NOT_INSTALLED);
  let mod: DawnModule;
  try {
    mod = loadDawnModule(found.dir);
  } catch (err) {
    throw new BackendUnavailable(`the webgpu package (Dawn) failed to load: ${firstLine(err)}`);
  }
  // tfjs-backend-webgpu reads GPUBufferUsage & co. as globals, as in a browser.
  const g = globalThis as Record<string, unknown>;
  for (const [k, v] of Object.entries(mod.globals)) if (!(k in g)) g[k] = v;
  const gpu = mod.create([]);
  dawn = { gpu };
  return gpu;
}

function isSoftware(info: AdapterInfo, adapter?: Adapter): boolean {
  if (info.isFallbackAdapter || adapter?.isFallbackAdapter) return true;
  if (info.architecture === 'software') return true;
  return /llvmpipe|lavapipe|swiftshader|software/i.test(`${info.device ?? ''} ${info.description ?? ''}`);
}

/** The adapter Dawn offers here (preferring a discrete GPU), or throws BackendUnavailable. */
function adapterName(info: AdapterInfo): string {
  return info.description || info.device || info.vendor || 'unknown adapter';
}

const NO_ADAPTER = 'Dawn found no adapter (no Vulkan driver: install the GPU vendor\'s Vulkan driver, or Mesa\'s mesa-vulkan-drivers >= 24 for software)';

/**
 * What Dawn's adapter is, without loading Dawn into this process (so its warnings stay off the
 * terminal): a software adapter that will be refused never needs to be.
 */
export async function peekWebGpuAdapter(): Promise<{ info: AdapterInfo; software: boolean; name: string }> {
  const found = findPackage('webgpu');
  if (!found) throw new BackendUnavailable(NOT_INSTALLED);
  const info = await probeAdapterQuietly(found.dir);
  if (!info) throw new BackendUnavailable(NO_ADAPTER);
  return { info, software: isSoftware(info), name: adapterName(info) };
}

export async function probeWebGpuAdapter(): Promise<WebGpuAdapter> {
  const gpu = loadDawn();
  let adapter: Adapter | null;
  try {
    adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  } catch (err) {
    throw new BackendUnavailable(`Dawn found no adapter: ${firstLine(err)}`);
  }
  if (!adapter) {
    throw new BackendUnavailable(NO_ADAPTER);
  }
  const info = adapter.info ?? {};
  return { adapter, info, software: isSoftware(info, adapter), name: adapterName(info) };
}

function exposeNavigatorGpu(gpu: Gpu): void {
  // WebGPUBackend's constructor checks navigator.gpu, as in a browser.
  const g = globalThis as { navigator?: { gpu?: unknown } };
  if (!g.navigator) Object.defineProperty(globalThis, 'navigator', { value: {}, configurable: true, writable: true });
  if (!g.navigator?.gpu) Object.defineProperty(g.navigator, 'gpu', { value: gpu, configurable: true });
}

/**
 * tfjs reads WebGPU data synchronously through an OffscreenCanvas, which Node
 * lacks; replace the resulting ReferenceError with what to do instead.
 */
function explainSyncReads(backend: ReturnType<typeof tf.backend>): void {
  // tfjs first warns that sync reads are slow; in Node they cannot work at all, so the error below says it alone.
  (backend as unknown as { hasReadSyncWarned: boolean }).hasReadSyncWarned = true;
  const readSync = backend.readSync.bind(backend);
  backend.readSync = (dataId) => {
    try {
      return readSync(dataId);
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      throw new Error(
        'the webgpu backend cannot read a tensor synchronously in Node (dataSync/arraySync/readSync): ' +
          'use `await tensor.data()` or `await tensor.array()`, or run this step on wasm',
      );
    }
  };
}

/** Creates the device and the tfjs backend on `adapter`, and registers it as 'webgpu'. */
async function startOn(adapter: Adapter): Promise<void> {
  // Import before navigator.gpu exists: the package then registers its kernels
  // but not its own factory, which would pick an adapter of its own.
  const webgpu = require('@tensorflow/tfjs-backend-webgpu') as typeof import('@tensorflow/tfjs-backend-webgpu');
  exposeNavigatorGpu(loadDawn());
  const limits = adapter.limits;
  device = await adapter.requestDevice({
    requiredFeatures: ['timestamp-query'].filter((f) => adapter.features.has(f)),
    requiredLimits: {
      maxComputeWorkgroupStorageSize: limits.maxComputeWorkgroupStorageSize,
      maxComputeWorkgroupsPerDimension: limits.maxComputeWorkgroupsPerDimension,
      maxStorageBufferBindingSize: limits.maxStorageBufferBindingSize,
      maxBufferSize: limits.maxBufferSize,
      maxComputeWorkgroupSizeX: limits.maxComputeWorkgroupSizeX,
      maxComputeInvocationsPerWorkgroup: limits.maxComputeInvocationsPerWorkgroup,
    },
  });
  type Ctor = new (d: unknown, i?: unknown) => ReturnType<typeof tf.backend>;
  const backend = new (webgpu.WebGPUBackend as unknown as Ctor)(device, adapter.info);
  explainSyncReads(backend);
  if (tf.findBackendFactory('webgpu')) tf.removeBackend('webgpu');
  tf.registerBackend('webgpu', () => backend, 0);
}

/**
 * Removes the webgpu backend and destroys its device, so that a Node process
 * using WebGPU can exit. Switches to `fallback` first if webgpu is active.
 */
export async function releaseWebGpu(fallback = 'wasm'): Promise<void> {
  if (tf.getBackend() === 'webgpu') await tf.setBackend(fallback);
  if (tf.findBackendFactory('webgpu')) tf.removeBackend('webgpu');
  device?.destroy();
  device = undefined;
}

export const webgpuCandidate: BackendCandidate = {
  id: 'webgpu',
  label: 'WebGPU (@tensorflow/tfjs-backend-webgpu on Dawn, the npm webgpu package)',
  tfjsName: 'webgpu',
  gpu: true,
  install: 'npm install webgpu@0.6.2 (Dawn; needs the GPU\'s Vulkan driver on Linux)',
  async activate(options: UseBackendOptions): Promise<ActiveBackend> {
    const peek = await peekWebGpuAdapter();
    if (peek.software && !options.allowSoftware) {
      throw new BackendUnavailable(`only a software adapter (${peek.name}); pass { allowSoftware: true } to use it anyway (correct, slow)`);
    }
    const probe = await probeWebGpuAdapter();
    let ok: boolean;
    try {
      if (tf.findBackend('webgpu') === null) await startOn(probe.adapter);
      ok = await tf.setBackend('webgpu');
    } catch (err) {
      throw new BackendUnavailable(`failed to start on ${probe.name}: ${firstLine(err)}`);
    }
    if (!ok) throw new BackendUnavailable(`failed to start on ${probe.name} (tf.setBackend returned false)`);
    const { info } = probe;
    // WebGPU does not expose memory size; nvidia-smi does, for NVIDIA cards.
    const memoryBytes = /nvidia/i.test(info.vendor ?? '') ? nvidiaDevice()?.memoryBytes : undefined;
    return {
      device: { kind: 'gpu', name: probe.name, software: probe.software, vendor: info.vendor, architecture: info.architecture, memoryBytes },
      threads: 1,
      notes: probe.software ? ['software adapter: results are right, speed is a CPU\'s'] : [],
    };
  },
};
