"""NEST's ``nest.spatial_distributions``: functions of a parameter (usually ``nest.spatial.distance``) that
give a connection probability or weight per pair, e.g.
``{"rule": "pairwise_bernoulli", "p": nest.spatial_distributions.gaussian(nest.spatial.distance, std=0.25)}``.

Each is built from the kernel's parameter arithmetic with NEST's formula and constants. A parameter that
appears twice in a formula (``gaussian``'s ``(x - mean)²``) is evaluated twice: the same value for
positions, two draws if it is itself random (NEST evaluates it once).
"""

import math as _math

from . import math as _nest_math
from .random import Parameter, _check


def _parameter(x, function):
    if not isinstance(x, Parameter):
        raise TypeError("nest.spatial_distributions.%s: x must be a parameter (e.g. nest.spatial.distance), found %r"
                        % (function, x))
    return x


def exponential(x, beta=1.0):
    """exp(-x / beta)."""
    _check(beta > 0, "beta > 0 required for exponential distribution parameter, got beta=%r" % (beta,))
    return _nest_math.exp(_parameter(x, "exponential") * (-1.0 / beta))


def gaussian(x, mean=0.0, std=1.0):
    """exp(-(x - mean)² / (2 std²))."""
    _check(std > 0, "std > 0 required for gaussian distribution parameter, got std=%r" % (std,))
    dx = _parameter(x, "gaussian") - mean
    return _nest_math.exp(dx * dx * (-1.0 / (2 * std * std)))


def gaussian2D(x, y, mean_x=0.0, mean_y=0.0, std_x=1.0, std_y=1.0, rho=0.0):
    """The bivariate Gaussian exp(-(dx²/σx² − 2ρ dx dy/(σx σy) + dy²/σy²) / (2(1 − ρ²))), dx = x − mean_x, dy = y − mean_y."""
    _check(-1 < rho < 1, "-1 < rho < 1 required for gaussian2d distribution parameter, got rho=%r" % (rho,))
    _check(std_x > 0, "std_x > 0 required for gaussian2d distribution parameter, got std_x=%r" % (std_x,))
    _check(std_y > 0, "std_y > 0 required for gaussian2d distribution parameter, got std_y=%r" % (std_y,))
    x_term = 1.0 / (2.0 * (1.0 - rho * rho) * std_x * std_x)
    y_term = 1.0 / (2.0 * (1.0 - rho * rho) * std_y * std_y)
    xy_term = rho / ((1.0 - rho * rho) * std_x * std_y)
    dx = _parameter(x, "gaussian2D") - mean_x
    dy = _parameter(y, "gaussian2D") - mean_y
    return _nest_math.exp(dx * dx * -x_term - dy * dy * y_term + dx * dy * xy_term)


def gamma(x, kappa=1.0, theta=1.0):
    """x^(kappa − 1) exp(−x / theta) / (theta^kappa Γ(kappa))."""
    _check(kappa > 0, "kappa > 0 required for gamma distribution parameter, got kappa=%r" % (kappa,))
    _check(theta > 0, "theta > 0 required for gamma distribution parameter, got theta=%r" % (theta,))
    inv_theta = 1.0 / theta
    delta = inv_theta ** kappa / _math.gamma(kappa)
    p = _parameter(x, "gamma")
    return p ** (kappa - 1.0) * _nest_math.exp(p * (-1.0 * inv_theta)) * delta


def gabor(x, y, theta=0.0, gamma=1.0, std=1.0, lam=1.0, psi=0.0):
    """NEST's Gabor function of x and y, rotated by ``theta`` (degrees): exp(−γ² x'²/(2σ²) − y'²/(2σ²)) ·
    max(cos(2π y'/λ + ψ), 0), ψ in degrees."""
    _check(std > 0, "std > 0 required for gabor function parameter, got std=%r" % (std,))
    _check(gamma > 0, "gamma > 0 required for gabor function parameter, got gamma=%r" % (gamma,))
    cos_theta = _math.cos(theta * _math.pi / 180.0)
    sin_theta = _math.sin(theta * _math.pi / 180.0)
    inv_two_std2 = 1.0 / (2 * std * std)
    px, py = _parameter(x, "gabor"), _parameter(y, "gabor")
    dx_prime = px * cos_theta + py * sin_theta
    dy_prime = px * -sin_theta + py * cos_theta
    envelope = _nest_math.exp(dx_prime * dx_prime * (-gamma * gamma * inv_two_std2) - dy_prime * dy_prime * inv_two_std2)
    carrier = _nest_math.max(_nest_math.cos(dy_prime * (2 * _math.pi / lam) + psi * _math.pi / 180.0), 0.0)
    return envelope * carrier
