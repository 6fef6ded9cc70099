"""Writes a valid DICOM Part 10 file (explicit VR little endian, secondary capture) of about
SIZE_MB MiB of pixel data: make-dicom.py <path> <size-mb>. The pixel data is random, so
nothing on the way can compress it."""
import os, struct, sys
path, size_mb = sys.argv[1], int(sys.argv[2])
def el(group, element, vr, value):
    if len(value) % 2:
        value += b"\0" if vr == b"UI" else b" "
    if vr in (b"OB", b"OW", b"SQ", b"UN", b"UT"):
        return struct.pack("<HH", group, element) + vr + b"\0\0" + struct.pack("<I", len(value)) + value
    return struct.pack("<HH", group, element) + vr + struct.pack("<H", len(value)) + value
uid = "1.2.826.0.1.3680043.2.1125.%d" % os.getpid()
meta = (el(2, 1, b"OB", b"\0\1") + el(2, 2, b"UI", b"1.2.840.10008.5.1.4.1.1.7")
        + el(2, 3, b"UI", (uid + ".3").encode()) + el(2, 0x10, b"UI", b"1.2.840.10008.1.2.1"))
data = (el(8, 0x16, b"UI", b"1.2.840.10008.5.1.4.1.1.7") + el(8, 0x18, b"UI", (uid + ".3").encode())
        + el(8, 0x20, b"DA", b"20260901") + el(8, 0x60, b"CS", b"MR") + el(0x18, 0x15, b"CS", b"HEAD")
        + el(0x20, 0xD, b"UI", (uid + ".1").encode()) + el(0x20, 0xE, b"UI", (uid + ".2").encode()))
pixels = size_mb * 1024 * 1024
block = os.urandom(16 * 1024 * 1024)
with open(path, "wb") as out:
    out.write(b"\0" * 128 + b"DICM" + el(2, 0, b"UL", struct.pack("<I", len(meta))) + meta + data)
    out.write(struct.pack("<HH", 0x7FE0, 0x10) + b"OW\0\0" + struct.pack("<I", pixels))
    written = 0
    while written < pixels:
        n = min(len(block), pixels - written)
        out.write(block[:n])
        written += n
