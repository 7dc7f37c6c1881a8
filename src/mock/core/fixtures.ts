import { presetNames, presets, type PresetName } from "./presets";
import { resolveConfig } from "./resolve";
import { buildViewModel, type MockViewModel } from "./view-model";

/**
 * The view model of every preset, by preset name: what `GET /register` answers
 * when the mock runs that preset. Stories and tests render these directly.
 */
export const fixtures = Object.fromEntries(
  presetNames.map((name) => [name, buildViewModel(resolveConfig({ preset: name }))]),
) as Record<PresetName, MockViewModel>;

export { presets, presetNames };
export type { PresetName };
