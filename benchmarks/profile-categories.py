#!/usr/bin/env python3
"""Splits a perf profile of the signer (or of FloorSigner) into what each request pays for.

Usage (see the command table of docs/benchmarks.md):
    perf script -i perf.data -F comm,tid,ip,sym,dso > profile.txt
    benchmarks/profile-categories.py profile.txt SIGNATURES_PER_CPU_SECOND

For every thread name, each sample goes to the first category below whose test matches its call
chain (leaf first); the share of all samples becomes microseconds per request at the given rate
(the run's signatures_per_signer_cpu_s). Method names are compared without their parameter lists,
so that a parameter type such as io.containment.runtime.auth.Access does not count as auth.
"""
import collections
import re
import sys


def any_frame(*needles):
    return lambda leaf, frames: any(needle in frame for frame in frames for needle in needles)


CATEGORIES = [
    ('blst (BLS itself)', lambda leaf, frames: 'libblst' in leaf),
    ('audit line', any_frame('.audit.', '.logging.')),
    ('metrics', any_frame('micrometer', 'SigningMetrics')),
    ('slashing guard (queueing the check)', any_frame('SlashingGuard', 'writeGrouped')),
    ('auth', any_frame('.runtime.auth.')),
    ('request JSON', any_frame('SignRequestParser')),
    ('signing root (SSZ)', any_frame('.runtime.signing.root.', '.runtime.ssz.')),
    ('response write (loopback TCP)', any_frame('Http1ServerResponse.send')),
    ('signing route, other', any_frame('SigningRoute')),
    ('request read (prologue, headers, socket)', any_frame('Http1Prologue', 'Http1HeadersParser', 'SocketDispatcher.read')),
    ('Helidon, other', any_frame('io.helidon.')),
    ('virtual threads (mount, unmount)', any_frame('VirtualThread', 'Continuation', 'Freeze', 'Thaw')),
    ('socket write', any_frame('write0', 'implWrite')),
    ('socket read', any_frame('read0', 'implRead')),
    ('epoll', lambda leaf, frames: any('epoll' in frame.lower() for frame in frames)),
    ('JVM, kernel, other', lambda leaf, frames: True),
]


def samples(lines):
    """(thread name, the leaf frame with its DSO, frames leaf first without parameters or DSO) per sample."""
    comm, leaf, frames = None, '', []
    for line in lines:
        if not line.strip():
            if comm is not None:
                yield comm, leaf, frames
            comm, leaf, frames = None, '', []
        elif not line[0].isspace():
            comm, leaf, frames = line.split()[0], '', []
        else:
            parts = line.strip().split(None, 1)
            symbol = parts[1] if len(parts) > 1 else ''
            leaf = leaf or symbol
            frames.append(re.sub(r'\(.*', '', symbol))
    if comm is not None:
        yield comm, leaf, frames


def main(path, rate):
    with open(path, errors='replace') as lines:
        counted = list(samples(lines))
    total = len(counted)
    by_thread = collections.defaultdict(collections.Counter)
    for comm, leaf, frames in counted:
        category = next(name for name, test in CATEGORIES if test(leaf, frames))
        by_thread[comm][category] += 1
    print(f'{total} samples; µs per request at {rate:g} requests per CPU-second')
    for comm, counts in sorted(by_thread.items(), key=lambda item: -sum(item[1].values())):
        share = sum(counts.values()) / total
        if share < 0.003:
            continue
        print(f'{comm} {100 * share:.1f}%')
        for category, count in counts.most_common():
            print(f'   {category:<42} {100 * count / total:5.2f}%  {count / total * 1e6 / rate:6.1f} µs')


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], float(sys.argv[2]))
