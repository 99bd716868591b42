package io.containment.plugins.hardening.linux;

import java.util.List;

/**
 * A tiny classic-BPF interpreter for the instructions a seccomp filter may use here (32-bit
 * absolute loads, JEQ/JGE/JSET against a constant, RET constant), run over a
 * {@code struct seccomp_data}. It refuses anything else and any jump that leaves the program, as
 * the kernel's checker would.
 */
final class ClassicBpf {
    private ClassicBpf() {
    }

    /** What the kernel would return for a syscall {@code nr} on {@code arch} with these arguments. */
    static int run(List<BpfInstruction> program, int arch, int nr, long... args) {
        int accumulator = 0;
        int pc = 0;
        while (true) {
            if (pc < 0 || pc >= program.size()) {
                throw new AssertionError("jumped out of the program at " + pc);
            }
            BpfInstruction instruction = program.get(pc);
            switch (instruction.code()) {
                case BpfInstruction.LD_W_ABS -> {
                    accumulator = word(instruction.k(), arch, nr, args);
                    pc++;
                }
                case BpfInstruction.JEQ -> pc += 1 + (accumulator == instruction.k() ? instruction.jt() : instruction.jf());
                case BpfInstruction.JGE -> pc += 1 + (Integer.compareUnsigned(accumulator, instruction.k()) >= 0
                        ? instruction.jt() : instruction.jf());
                case BpfInstruction.JSET -> pc += 1 + ((accumulator & instruction.k()) != 0 ? instruction.jt() : instruction.jf());
                case BpfInstruction.RET -> {
                    return instruction.k();
                }
                default -> throw new AssertionError("unexpected opcode " + instruction.code() + " at " + pc);
            }
        }
    }

    /** The 32-bit word at {@code offset} of seccomp_data {nr, arch, instruction_pointer, args[6]}, little-endian. */
    private static int word(int offset, int arch, int nr, long[] args) {
        return switch (offset) {
            case 0 -> nr;
            case 4 -> arch;
            case 8, 12 -> 0;
            default -> {
                int index = (offset - 16) / 8;
                if (offset < 16 || offset >= 64 || offset % 4 != 0) {
                    throw new AssertionError("load outside seccomp_data: " + offset);
                }
                long value = index < args.length ? args[index] : 0;
                yield (offset - 16) % 8 == 0 ? (int) value : (int) (value >>> 32);
            }
        };
    }
}
