#!/usr/bin/env bash
# Builds NEST 3.10 the way the side-by-side figures in docs/performance.md used it: only the
# gallery network's models, -O3 -march=native, NDEBUG, OpenMP threads, no MPI, PyNEST for
# /usr/bin/python3.
#
#   benchmarks/nest/build_nest.sh NEST_SOURCE_DIR INSTALL_DIR
#   NEST_MODELS="iaf_psc_alpha;poisson_generator;spike_recorder;static_synapse" ... (other models,
#   e.g. for NEST's Brunel example; the default is the gallery network's)
#
# NEST_SOURCE_DIR: a checkout of https://github.com/nest/nest-simulator (the figures used
# 84b06d8d4, v3.10). Needs cmake, g++, libgsl-dev, libltdl-dev, python3-dev, python3-numpy and
# Cython >= 3.0 (Debian 12 packages 0.29: the figures used trixie's cython3 3.0.11 unpacked with
# dpkg-deb -x and run as pure Python; put a `cython` that runs it first on PATH).
# Afterwards NEST's Python package is in INSTALL_DIR/lib/python3.*/site-packages: pass that folder to
# benchmarks/scripts/side_by_side.sh as NEST_PYTHONPATH.
set -euo pipefail
src="$(cd "${1:?NEST source folder}" && pwd)"
prefix="${2:?install folder}"
command -v cython >/dev/null || { echo "build_nest: no 'cython' (>= 3.0) on PATH" >&2; exit 2; }
build="$(mktemp -d "${TMPDIR:-/tmp}/nest-build.XXXXXX")"
trap 'rm -rf "$build"' EXIT
cd "$build"
# NEST's model-module generator runs 'python3' from PATH: use the system's, which has numpy.
PATH="/usr/bin:$PATH" cmake "$src" -DCMAKE_INSTALL_PREFIX="$prefix" -DPython_EXECUTABLE=/usr/bin/python3 \
    -Dwith-models="${NEST_MODELS:-hh_psc_alpha_gap;poisson_generator;spike_recorder;gap_junction;static_synapse}" \
    -Dwith-optimize="-O3;-march=native" -DCMAKE_CXX_FLAGS="-DNDEBUG" \
    -Dwith-mpi=OFF -Dwith-openmp=ON -Dwith-gsl=ON
PATH="/usr/bin:$PATH" make -j"$(nproc)" install
echo "NEST installed in $prefix: NEST_PYTHONPATH=$(echo "$prefix"/lib/python3*/site-packages)"
