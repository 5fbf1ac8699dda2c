"""Fails unless a GIF (as `gaza-zones animate` writes it) has the expected canvas size and number
of frames, counted from the file's own block structure (GIF89a): independent of the gif crate
that wrote it. Also checks that the file loops and that every frame lies inside the canvas."""
import struct
import sys


def sub_blocks(data, pos):
    """Skips a chain of data sub-blocks; returns the position after its terminator."""
    while data[pos] != 0:
        pos += 1 + data[pos]
    return pos + 1


def frames(path):
    data = open(path, "rb").read()
    assert data[:6] == b"GIF89a", "not a GIF89a file"
    width, height, flags = struct.unpack("<HHB", data[6:11])
    pos = 13
    if flags & 0x80:
        pos += 3 * 2 ** ((flags & 7) + 1)
    count, loops = 0, False
    while True:
        kind = data[pos]
        if kind == 0x3B:  # trailer
            return (width, height), count, loops
        if kind == 0x21:  # extension: label, then sub-blocks
            if data[pos + 1] == 0xFF and data[pos + 3 : pos + 14] == b"NETSCAPE2.0":
                loops = True
            pos = sub_blocks(data, pos + 2)
        elif kind == 0x2C:  # image descriptor
            left, top, w, h, f = struct.unpack("<HHHHB", data[pos + 1 : pos + 10])
            assert left + w <= width and top + h <= height, f"frame {count} leaves the canvas"
            pos += 10
            if f & 0x80:
                pos += 3 * 2 ** ((f & 7) + 1)
            pos = sub_blocks(data, pos + 1)  # after the LZW minimum code size
            count += 1
        else:
            raise AssertionError(f"unexpected block 0x{kind:02x} at byte {pos}")


path, width, height, expected = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
size, count, loops = frames(path)
print(f"{path}: {size[0]}x{size[1]}, {count} frames, loops: {loops}")
assert size == (width, height), f"expected {width}x{height}"
assert count == expected, f"expected {expected} frames"
assert loops, "the animation should loop"
