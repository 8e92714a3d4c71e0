// The bare baseline's activity: does nothing but return (the product's do the gate, extraction and audit).
export interface BareActivities {
  step(input: { n: number; text: string }): Promise<{ n: number }>;
}

export const bareActivities: BareActivities = {
  async step({ n }) {
    return { n };
  },
};
