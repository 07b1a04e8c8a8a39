"""Syncytium's stand-in for NESTML's Python front end, so that PyNEST scripts that generate their models
with NESTML run here unchanged: ``generate_nest_target`` (and ``generate_target`` for NEST,
``NESTCodeGeneratorUtils.generate_code_for``) records the NESTML files of a module under NEST's names
for its models, and ``nest.Install(module_name)`` compiles them in the process (Syncytium's nestml
plugin), instead of generating and building C++. NESTML's other targets are not offered.
See docs/nestml.md."""
