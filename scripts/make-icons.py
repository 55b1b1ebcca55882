#!/usr/bin/env python3
"""Renders the PWA PNG icons (192, 512, maskable 512) from the same shapes as icon.svg.

Pure standard library (zlib + struct), so it runs anywhere; the PNGs are committed and this
script is only needed when the icon design changes: python3 scripts/make-icons.py
"""
import struct, zlib, os

BLUE = (0x1C, 0x4F, 0x8C); WHITE = (255, 255, 255); GREEN = (0x1C, 0x7A, 0x3E)

def inside_shield(x, y):
    # Shield in a 64-unit box: top edge 9..16, sides 13..51, curved to a point at 56.
    if y < 9 or y > 56 or x < 13 or x > 51:
        return False
    if y < 16:
        # sloped top from (13,16)-(32,9)-(51,16)
        top = 9 + 7 * abs(x - 32) / 19
        return y >= top
    if y <= 31:
        return True
    half = 19 * (1 - ((y - 31) / 25) ** 1.6)
    return abs(x - 32) <= half

def near_segment(px, py, ax, ay, bx, by, w):
    dx, dy = bx - ax, by - ay
    t = max(0, min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    cx, cy = ax + t * dx, ay + t * dy
    return (px - cx) ** 2 + (py - cy) ** 2 <= (w / 2) ** 2

def pixel(u, v, maskable):
    # u, v in 0..64 icon units. Maskable icons keep content in the central 80% safe zone.
    if maskable:
        u = 32 + (u - 32) / 0.78; v = 32 + (v - 32) / 0.78
    elif not (u >= 0 and v >= 0):
        return WHITE
    if not maskable:
        r = 14
        cx = min(max(u, r), 64 - r); cy = min(max(v, r), 64 - r)
        if (u - cx) ** 2 + (v - cy) ** 2 > r * r:
            return None
    if near_segment(u, v, 24, 32, 30, 38, 5) or near_segment(u, v, 30, 38, 41, 25, 5):
        return GREEN
    return WHITE if inside_shield(u, v) else BLUE

def png(size, maskable, path):
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            acc = [0, 0, 0, 0]
            for sy in (0.25, 0.75):
                for sx in (0.25, 0.75):
                    c = pixel((x + sx) * 64 / size, (y + sy) * 64 / size, maskable)
                    if c is not None:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
            n = 4
            a = acc[3] // n
            if a:
                row += bytes([acc[0] * 255 // acc[3], acc[1] * 255 // acc[3], acc[2] * 255 // acc[3], a])
            else:
                row += bytes([0, 0, 0, 0])
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)

here = os.path.join(os.path.dirname(__file__), "..", "public", "icons")
png(192, False, os.path.join(here, "icon-192.png"))
png(512, False, os.path.join(here, "icon-512.png"))
png(512, True, os.path.join(here, "maskable-512.png"))
