// The run-time slot sandbox (neutral ground: imported by activities/, never by workflow code; imports none of
// compiler/, worker/, activities/). See pool.ts (threads, limits) and program.ts (what a thread loads).
export { createSlotSandbox, DEFAULT_SLOT_LIMITS, SlotError, SlotLimitError, type SlotLimits, type SlotSandbox, type SlotSandboxOptions, type SlotSandboxStats } from './pool';
export { KIT_SPECIFIER, prepareSlot, SlotProgramError, TEMPLATE_DIR, type SlotProgram } from './program';
