package io.containment.plugins.hardening.linux;

/**
 * One classic BPF instruction, {@code struct sock_filter} (linux/filter.h): an opcode, the
 * jump offsets when true and when false (counted from the next instruction, 0–255), a constant.
 */
record BpfInstruction(int code, int jt, int jf, int k) {
    /** {@code BPF_LD | BPF_W | BPF_ABS}: load the 32-bit word at offset k of seccomp_data. */
    static final int LD_W_ABS = 0x20;
    /** {@code BPF_JMP | BPF_JEQ | BPF_K}. */
    static final int JEQ = 0x15;
    /** {@code BPF_JMP | BPF_JGE | BPF_K} (unsigned). */
    static final int JGE = 0x35;
    /** {@code BPF_JMP | BPF_JSET | BPF_K}: jump if {@code A & k != 0}. */
    static final int JSET = 0x45;
    /** {@code BPF_RET | BPF_K}. */
    static final int RET = 0x06;
    /** The size of {@code struct sock_filter}. */
    static final int SIZE = 8;

    BpfInstruction {
        if (code < 0 || code > 0xFFFF || jt < 0 || jt > 0xFF || jf < 0 || jf > 0xFF) {
            throw new IllegalArgumentException("not a sock_filter: code " + code + ", jt " + jt + ", jf " + jf);
        }
    }

    static BpfInstruction load(int offset) {
        return new BpfInstruction(LD_W_ABS, 0, 0, offset);
    }

    static BpfInstruction jumpIfEqual(int value, int jumpIfTrue, int jumpIfFalse) {
        return new BpfInstruction(JEQ, jumpIfTrue, jumpIfFalse, value);
    }

    static BpfInstruction jumpIfAtLeast(int value, int jumpIfTrue, int jumpIfFalse) {
        return new BpfInstruction(JGE, jumpIfTrue, jumpIfFalse, value);
    }

    static BpfInstruction jumpIfAnyBit(int mask, int jumpIfTrue, int jumpIfFalse) {
        return new BpfInstruction(JSET, jumpIfTrue, jumpIfFalse, mask);
    }

    static BpfInstruction ret(int action) {
        return new BpfInstruction(RET, 0, 0, action);
    }
}
