#!/usr/bin/env python3
"""The coefficients of VectorMath.exp's polynomial (VectorMathConstants.POLYNOMIAL).

e^r on |r| <= ln2/2 (plus a margin for the rounding of k) as 1 + r + r^2 q(r), q of degree 9,
minimising the maximum relative error (Remez exchange on the weighted error r^2 (f - q) / e^r,
f = (e^r - 1 - r) / r^2), in 80-digit arithmetic with mpmath. Prints the doubles and the maximum
relative error of the polynomial with those doubles (exact evaluation, 4,000 points). Debian:
python3-mpmath.

    /usr/bin/python3 benchmarks/scripts/exp_minimax.py
"""
import mpmath as mp

mp.mp.dps = 80
A = mp.log(2) / 2 + mp.mpf("1e-9")
N = 9  # degree of q; the polynomial has degree N + 2


def f(x):
    if abs(x) < mp.mpf("1e-12"):
        return mp.mpf(1) / 2 + x / 6 + x**2 / 24
    return (mp.exp(x) - 1 - x) / x**2


def weight(x):
    return x**2 / mp.exp(x)


def remez():
    # reference points: Chebyshev points, moved off r = 0 where the weight vanishes
    points = [A * mp.cos(mp.pi * (i + 0.5) / (N + 2)) + mp.mpf("0.003") for i in range(N + 2)][::-1]
    for iteration in range(40):
        m = mp.matrix(N + 2, N + 2)
        b = mp.matrix(N + 2, 1)
        for i, x in enumerate(points):
            for j in range(N + 1):
                m[i, j] = x**j
            m[i, N + 1] = (-1) ** i / weight(x)
            b[i] = f(x)
        solution = mp.lu_solve(m, b)
        q = [solution[j] for j in range(N + 1)]
        level = abs(solution[N + 1])
        grid = [-A + 2 * A * (k + 0.5) / 3000 for k in range(3000)]
        errors = [weight(x) * (f(x) - mp.polyval(q[::-1], x)) for x in grid]
        runs, current = [], [0]
        for k in range(1, len(grid)):
            if mp.sign(errors[k]) == mp.sign(errors[current[0]]):
                current.append(k)
            else:
                runs.append(current)
                current = [k]
        runs.append(current)
        extrema = [max(run, key=lambda k: abs(errors[k])) for run in runs]
        while len(extrema) > N + 2:
            extrema.pop(0 if abs(errors[extrema[0]]) < abs(errors[extrema[-1]]) else -1)
        points = [grid[k] for k in extrema]
        worst = max(abs(e) for e in errors)
        if iteration > 3 and abs(worst / level - 1) < 1e-3:
            return q, worst
    raise RuntimeError("Remez exchange did not converge")


q, worst = remez()
coefficients = [1.0, 1.0] + [float(c) for c in q]
print("minimax relative error %s (exact coefficients)" % mp.nstr(worst, 4))
print("coefficients c_0..c_%d:" % (len(coefficients) - 1))
print(", ".join(repr(c) for c in coefficients))
rounded = max(abs(mp.polyval([mp.mpf(c) for c in coefficients[::-1]], x) / mp.exp(x) - 1)
              for x in [-A + 2 * A * k / 4000 for k in range(4001)])
print("relative error with these doubles %s" % mp.nstr(rounded, 4))
