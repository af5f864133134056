"""credentials.yml with only the channels whose environment variables are set.

Rasa expands `${VAR}` in credentials.yml itself and stops when one is unset, so a messaging
channel written there would be required. This keeps every channel whose required variables are
all set (a channel without variables, such as REST, always), fills in the defaults of optional
ones (`${VAR:-default}`), and writes the result for `rasa run --credentials`. Required variables
stay `${VAR}` references for Rasa to expand: secrets are never written to disk.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Optional

import yaml

from bot.config import PROJECT_ROOT

logger = logging.getLogger(__name__)
SOURCE = PROJECT_ROOT / "credentials.yml"
VARIABLE = re.compile(r"\$\{(\w+)(?::-([^}]*))?\}")
# Rasa registers an implicit YAML resolver for ${...} on PyYAML's shared classes; this module must
# neither expand (loading) nor quote (dumping) those references, so it uses its own classes.
RASA_TAG = "!env_var"


class _Loader(yaml.SafeLoader):
    pass


class _Dumper(yaml.SafeDumper):
    pass


def _without_rasa_resolver(cls: type) -> None:
    cls.yaml_implicit_resolvers = {
        first: [(tag, pattern) for tag, pattern in resolvers if tag != RASA_TAG]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


@dataclass
class EffectiveCredentials:
    path: Path
    on: list[str] = field(default_factory=list)
    off: list[str] = field(default_factory=list)
    # channel -> the required variables that are missing, for channels set up only in part
    incomplete: dict[str, list[str]] = field(default_factory=dict)


def _variables(value: Any) -> list[re.Match]:
    if isinstance(value, dict):
        return [found for item in value.values() for found in _variables(item)]
    if isinstance(value, list):
        return [found for item in value for found in _variables(item)]
    if isinstance(value, str):
        return list(VARIABLE.finditer(value))
    return []


def _fill_defaults(value: Any, environ: Mapping[str, str]) -> Any:
    """Optional variables that are unset become their default; everything else stays a reference."""
    if isinstance(value, dict):
        return {key: _fill_defaults(item, environ) for key, item in value.items()}
    if isinstance(value, list):
        return [_fill_defaults(item, environ) for item in value]
    if isinstance(value, str):
        def replace(match: re.Match) -> str:
            name, default = match.group(1), match.group(2)
            if default is None:
                return match.group(0)
            return f"${{{name}}}" if environ.get(name) else default
        return VARIABLE.sub(replace, value)
    return value


def effective_credentials(target: Path, source: Path = SOURCE,
                          environ: Optional[Mapping[str, str]] = None) -> EffectiveCredentials:
    """Write `target` from `source`, keeping the channels whose required variables are set."""
    environ = os.environ if environ is None else environ
    _without_rasa_resolver(_Loader)
    _without_rasa_resolver(_Dumper)
    channels = yaml.load(source.read_text(encoding="utf-8"), Loader=_Loader) or {}
    result = EffectiveCredentials(path=target)
    kept: dict[str, Any] = {}
    for name, settings in channels.items():
        required = sorted({found.group(1) for found in _variables(settings) if found.group(2) is None})
        missing = [var for var in required if not environ.get(var)]
        if missing:
            result.off.append(name)
            if len(missing) < len(required):
                result.incomplete[name] = missing
            continue
        result.on.append(name)
        kept[name] = _fill_defaults(settings, environ)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("# Written by bot run from credentials.yml: only the channels that are set up.\n"
                      + yaml.dump(kept, Dumper=_Dumper, sort_keys=False, default_flow_style=False),
                      encoding="utf-8")
    for name, missing in result.incomplete.items():
        logger.warning("channel %s is off: %s not set", name, ", ".join(missing))
    logger.info("channels on: %s", ", ".join(result.on))
    return result
