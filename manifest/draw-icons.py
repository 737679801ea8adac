#!/usr/bin/env python3
"""Draws the two Teams icons for ElcBot: color.png (192x192) and outline.png (32x32, white on transparent).

The picture is two overlapping speech bubbles: people telling what matters, side by side as equals.
Shapes are signed-distance functions sampled 4x4 per pixel for smooth edges, written as 8-bit RGBA PNGs
with the standard library only, so the icons can be redrawn anywhere: python3 manifest/draw-icons.py
"""
import math
import struct
import zlib
from pathlib import Path

SUPERSAMPLE = 4
TEAL = (11, 110, 121)       # background of the colour icon; also the manifest's accentColor #0B6E79
WHITE = (255, 255, 255)
SUN = (255, 204, 77)        # the second voice
INK = (11, 110, 121)


def rounded_rect(cx, cy, half_w, half_h, radius):
    def distance(x, y):
        qx = abs(x - cx) - half_w + radius
        qy = abs(y - cy) - half_h + radius
        outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
        return outside + min(max(qx, qy), 0.0) - radius
    return distance


def circle(cx, cy, r):
    return lambda x, y: math.hypot(x - cx, y - cy) - r


def triangle(a, b, c):
    def edge(p, q, x, y):
        ex, ey = q[0] - p[0], q[1] - p[1]
        length = math.hypot(ex, ey)
        return ((x - p[0]) * ey - (y - p[1]) * ex) / length

    # Orient the edges so that the centre of the triangle is on the negative side of each.
    centre = ((a[0] + b[0] + c[0]) / 3, (a[1] + b[1] + c[1]) / 3)
    sign = 1.0 if edge(a, b, *centre) < 0 else -1.0

    def distance(x, y):
        return max(sign * edge(a, b, x, y), sign * edge(b, c, x, y), sign * edge(c, a, x, y))
    return distance


def union(*shapes):
    return lambda x, y: min(s(x, y) for s in shapes)


def subtract(shape, cut):
    return lambda x, y: max(shape(x, y), -cut(x, y))


def grow(shape, amount):
    return lambda x, y: shape(x, y) - amount


def bubble(cx, cy, half_w, half_h, tail_side):
    """A speech bubble in a unit square (0..1); the tail points down-left or down-right."""
    body = rounded_rect(cx, cy, half_w, half_h, min(half_w, half_h) * 0.55)
    bottom = cy + half_h
    if tail_side == "left":
        tail = triangle((cx - half_w * 0.55, bottom - 0.05), (cx - half_w * 0.05, bottom - 0.05), (cx - half_w * 0.75, bottom + 0.13))
    else:
        tail = triangle((cx + half_w * 0.55, bottom - 0.05), (cx + half_w * 0.05, bottom - 0.05), (cx + half_w * 0.75, bottom + 0.13))
    return union(body, tail)


def render(size, layers):
    """layers: (shape in unit coordinates, (r, g, b)) painted in order. Returns RGBA rows, straight alpha."""
    rows = []
    step = 1.0 / (size * SUPERSAMPLE)
    for py in range(size):
        row = bytearray()
        for px in range(size):
            r = g = b = a = 0.0
            for sy in range(SUPERSAMPLE):
                for sx in range(SUPERSAMPLE):
                    x = (px * SUPERSAMPLE + sx + 0.5) * step
                    y = (py * SUPERSAMPLE + sy + 0.5) * step
                    colour = None
                    for shape, fill in layers:
                        if shape(x, y) <= 0:
                            colour = fill
                    if colour is not None:
                        r += colour[0]
                        g += colour[1]
                        b += colour[2]
                        a += 1
            if a == 0:
                row += bytes((0, 0, 0, 0))
            else:
                row += bytes((round(r / a), round(g / a), round(b / a), round(255 * a / SUPERSAMPLE ** 2)))
        rows.append(bytes(row))
    return rows


def write_png(path, size, rows):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA, no interlace
    raw = b"".join(b"\x00" + row for row in rows)                # filter type 0 on every row
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    Path(path).write_bytes(png)


def colour_icon():
    # Full bleed: Teams rounds the corners itself.
    background = rounded_rect(0.5, 0.5, 0.5, 0.5, 0.0)
    first = bubble(0.42, 0.40, 0.27, 0.19, "left")
    second = bubble(0.62, 0.62, 0.22, 0.15, "right")
    gap = grow(second, 0.025)
    dots = union(*(circle(0.30 + i * 0.12, 0.40, 0.035) for i in range(3)))
    return [
        (background, TEAL),
        (subtract(first, gap), WHITE),
        (dots, INK),
        (second, SUN),
    ]


def outline_icon():
    first = bubble(0.40, 0.37, 0.32, 0.23, "left")
    second = bubble(0.64, 0.64, 0.28, 0.19, "right")
    # The first bubble is cut where the second overlaps it, leaving a transparent gap between the two voices.
    return [
        (subtract(first, grow(second, 0.07)), WHITE),
        (second, WHITE),
    ]


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    write_png(here / "color.png", 192, render(192, colour_icon()))
    write_png(here / "outline.png", 32, render(32, outline_icon()))
