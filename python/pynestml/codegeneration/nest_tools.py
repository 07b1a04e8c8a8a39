"""NESTML's ``NESTTools`` for Syncytium: which NEST the generated code is for (the PyNEST API version this
front end follows) and NEST's verbosity."""


class NESTTools:

    #: the NEST release whose PyNEST API the syncytium package follows
    NEST_VERSION = "v3.10.0"

    @classmethod
    def detect_nest_version(cls):
        """The NEST version as NESTML names it (a git tag such as ``v3.10.0``)."""
        return cls.NEST_VERSION

    @classmethod
    def get_version_dict_from_version_string(cls, version_string):
        """{"major", "minor", "patch"} of ``v3.10.0``; empty for a branch such as ``main``."""
        if not version_string or "main" in version_string:
            return {}
        major, minor, patch = (int(part) for part in version_string.lstrip("v").split(".")[:3])
        return {"major": major, "minor": minor, "patch": patch}

    @classmethod
    def set_nest_verbosity(cls, verbosity):
        """NEST's verbosity by name: ``ALL``, ``INFO``, ``WARNING`` or ``ERROR``."""
        import nest
        nest.set_verbosity("M_" + verbosity)
