import type { Stage } from './types.ts';

/** Stages by name. The pipeline file refers to stages only through this registry. */
export class StageRegistry {
  private stages = new Map<string, Stage<any>>();

  add(stage: Stage<any>): this {
    if (this.stages.has(stage.name)) throw new Error(`stage "${stage.name}" is registered twice`);
    this.stages.set(stage.name, stage);
    return this;
  }

  get(name: string): Stage<any> | undefined {
    return this.stages.get(name);
  }

  names(): string[] {
    return [...this.stages.keys()];
  }
}
