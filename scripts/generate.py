"""Render the generated package from spec/ + templates/: `make generate`.

    python scripts/generate.py                 # write generated/
    python scripts/generate.py --check         # fail if generated/ differs
    python scripts/generate.py --spec S --out D --package P   # e.g. the golden-record test

openapi-python-client renders the operation modules (one per operation, sync and async)
through templates/client/; its own attrs models are dropped and datamodel-code-generator
renders models.py (pydantic v2) through templates/models/: one model family. Open unions
(oneOf [KnownX, UnknownX], see _open_unions) are flattened for datamodel-code-generator
and get a parser class X each, so an unlisted kind parses as UnknownX. contract/
holds the models as JSON Schema 2020-12 for other languages (`make contract`). Everything
is rendered into a temporary folder and moved into place only on success, every file gets
the do-not-edit header, and provenance.json records what produced it.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

import jinja2
import yaml

ROOT = Path(__file__).resolve().parent.parent
CHAOSTOOLKIT = ROOT / "clients" / "chaostoolkit" / "chaossfrest"
"""Where make generate writes chaossfrest's rendered actions.py and probes.py."""
HEADER = "# generated from spec/ by make generate — do not edit\n"
GENERATORS = ("openapi-python-client", "datamodel-code-generator", "ruff", "pydantic")
DATAMODEL_ARGS = [
    "--input-file-type=openapi",
    "--output-model-type=pydantic_v2.BaseModel",
    "--target-python-version=3.11",
    "--use-annotated",
    "--field-constraints",
    "--snake-case-field",
    "--capitalise-enum-members",
    "--allow-population-by-field-name",
    "--use-schema-description",
    "--use-field-description",
    "--use-union-operator",
    "--use-standard-collections",
    "--collapse-root-models",
    "--output-datetime-class=datetime",
    "--disable-timestamp",
    "--ignore-pyproject",
    "--formatters",
    "ruff-check",
    "ruff-format",
]


def _walk(root: dict[str, Any], ref: str) -> Any:
    node: Any = root
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node


def _spec_operation(spec: dict[str, Any]) -> Any:
    """The Jinja global spec_operation(endpoint): the raw operation, $refs resolved one level.

    openapi-python-client's Endpoint drops vendor extensions; the templates read
    x-min-api-version and the success status from here.
    """

    from openapi_python_client.strings import PythonIdentifier

    by_id = {
        PythonIdentifier(operation["operationId"], ""): operation
        for path in spec["paths"].values()
        for operation in path.values()
    }

    def spec_operation(endpoint: Any) -> dict[str, Any]:
        operation = dict(by_id[endpoint.name])
        operation["parameters"] = [
            _deref(spec, p) for p in operation.get("parameters", [])
        ]
        operation["responses"] = {
            k: _deref(spec, v) for k, v in operation["responses"].items()
        }
        return operation

    return spec_operation


def _deref(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = _walk(spec, node["$ref"])
    return node


SURFACE_TEMPLATES = {
    "sync_client.py": ("surface/client_class.py.jinja", {"is_async": False}),
    "async_client.py": ("surface/client_class.py.jinja", {"is_async": True}),
    "commands.py": ("surface/commands.py.jinja", {}),
    "flags.py": ("surface/flags.py.jinja", {}),
}
"""The public surface, rendered from the spec after openapi-python-client's own files:
both client classes (one template), the command line's table and the bit-mask flags."""
UNUSED = ("client.py", "errors.py")
"""openapi-python-client files nothing imports: sfrest's clients replace them."""


def _unsent_defaults(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec as openapi-python-client reads it: an optional parameter's `default` says
    what the gateway does without it, so request_kwargs() sends it only when given
    (a required parameter with a default is always sent)."""
    copy: dict[str, Any] = json.loads(json.dumps(spec))
    parameters = list(copy.get("components", {}).get("parameters", {}).values())
    for path in copy["paths"].values():
        for operation in path.values():
            parameters += [
                p for p in operation.get("parameters", []) if "$ref" not in p
            ]
    for parameter in parameters:
        if not parameter.get("required"):
            parameter.get("schema", {}).pop("default", None)
    return copy


def _render_client(
    spec_path: Path, out: Path, package: str, templates: Path
) -> Surface:
    from openapi_python_client import _get_project_for_url_or_path
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser.errors import GeneratorError

    config_file = ConfigFile(
        package_name_override=package,
        post_hooks=[
            "ruff check . --fix-only --no-cache --quiet --isolated",
            "ruff format . --no-cache --quiet --isolated",
        ],
    )
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        client_spec = Path(tmp) / spec_path.name
        client_spec.write_text(yaml.safe_dump(_unsent_defaults(spec)), encoding="utf-8")
        config = Config.from_sources(
            config_file,
            MetaType.NONE,
            client_spec,
            "utf-8",
            overwrite=False,
            output_path=out,
        )
        project = _get_project_for_url_or_path(
            config=config, custom_template_path=templates
        )
    if isinstance(project, GeneratorError):
        raise SystemExit(f"openapi-python-client: {project.header}: {project.detail}")
    spec_operation = _spec_operation(spec)
    endpoints = [
        endpoint
        for collection in project.openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    ]
    surface = surface_model(spec, endpoints, spec_operation)
    project.env.globals.update(
        spec_operation=spec_operation,
        argument_rules=lambda endpoint: surface.rules[str(endpoint.name)],
        body_seconds=lambda endpoint: surface.seconds.get(str(endpoint.name), []),
    )
    errors = list(project.build())
    if errors:
        raise SystemExit("openapi-python-client:\n" + "\n".join(str(e) for e in errors))
    for name in UNUSED:
        (out / name).unlink()
    for name, (template, context) in SURFACE_TEMPLATES.items():
        text = project.env.get_template(template).render(surface=surface, **context)
        (out / name).write_text(text, encoding="utf-8")
    for hook in config_file.post_hooks or []:
        subprocess.run(hook.split(), cwd=out, check=True)
    return surface


@dataclass
class Arg:
    """One argument of a client method: a path, query or body parameter."""

    name: str
    wire: str
    where: str
    annotation: str
    default: str | None
    """The default's Python code; None: positional without a default."""
    positional: bool
    help: str
    cli: str
    """How the command line takes it: str, int, bool, choice, flags or json."""
    choices: list[str]
    flags: str | None
    example: str
    dest: str = ""
    """x-cli-flags: the method argument a command-line flag sets ("" for its own)."""
    keys: tuple[str, ...] = ()
    """x-cli-flags: the wire names of the nested property the flag sets in dest."""
    negate: bool = False
    """x-cli-flags: a switch that sets its boolean property false."""


def _cli_kind(spec: dict[str, Any], schema: dict[str, Any]) -> str:
    """How the command line takes a value of this schema: int, bool, json or str."""
    target = _deref(spec, schema)
    if target.get("type") in ("object", "array") or "oneOf" in target:
        return "json"
    return {"integer": "int", "boolean": "bool"}.get(target.get("type", ""), "str")


def _cli_options(
    spec: dict[str, Any], op: dict[str, Any], args: list[Arg]
) -> list[Arg]:
    """The command's options: the method's arguments, with x-cli-flags' flags in place of
    the body properties they name (a dotted path sets a nested property)."""
    from openapi_python_client.strings import snake_case

    flags: dict[str, str] = op.get("x-cli-flags", {})
    if not flags:
        return args
    schema = _deref(spec, op["requestBody"]["content"]["application/json"]["schema"])
    direct = {target.lstrip("!") for target in flags.values()}
    names = {snake_case(flag) for flag in flags}
    options = [
        a
        for a in args
        if a.where != "body" or (a.wire not in direct and a.name not in names)
    ]
    for flag, target in flags.items():
        path = target.lstrip("!").split(".")
        prop = schema
        for key in path:
            prop = _deref(spec, prop)["properties"][key]
        negate = target.startswith("!")
        text = _help(
            prop.get("description") or _deref(spec, prop).get("description", "")
        )
        options.append(
            Arg(
                name=snake_case(flag),
                wire=path[-1],
                where="body",
                annotation="",
                default="None",
                positional=False,
                help=f"sets {path[-1]} false: {text}" if negate else text,
                cli="bool" if negate else _cli_kind(spec, prop),
                choices=[],
                flags=None,
                example="",
                dest=snake_case(path[0]),
                keys=tuple(path[1:]),
                negate=negate,
            )
        )
    return options


@dataclass
class Method:
    """One operation as a client method, and as a command of the command line."""

    name: str
    operation_id: str
    module: str
    summary: str
    description: str
    args: list[Arg]
    key: str | None
    """The idempotency key's argument, which the client invents when not given."""
    body: list[str] | None
    returns: str
    handle: dict[str, Any] | None
    group: str
    command: str
    example: str
    pager: dict[str, Any] | None = None
    """x-pageable: the iterator's name, the item type, the token argument, the page's
    items and next-token attributes."""
    options: list[Arg] | None = None
    """The command line's options (the arguments, renamed by x-cli-flags)."""
    warning: str = ""
    """x-irreversible: what a call does that cannot be undone."""
    follow: dict[str, Any] | None = None
    """x-cli-follow, with the parameter's argument name."""


@dataclass
class Surface:
    """What the surface templates render: every method, the flags, the model names."""

    title: str
    methods: list[Method]
    flags: dict[str, dict[str, int]]
    type_names: list[str]
    rules: dict[str, list[tuple[str, str]]]
    """Per endpoint name, each argument's validation rule as Python code."""
    seconds: dict[str, list[str]]
    """Per endpoint name, the body properties that take a duration (x-seconds)."""


def _schema_type(spec: dict[str, Any], schema: dict[str, Any]) -> tuple[str, set[str]]:
    """A schema's Python type for a caller, and the model/enum names it needs."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        target = _deref(spec, schema)
        if "enum" in target:
            return f"{name} | str", {name}
        if "oneOf" in target:
            parts = [_schema_type(spec, member) for member in target["oneOf"]]
            return " | ".join(t for t, _ in parts), set().union(*(n for _, n in parts))
        if target.get("type") == "array":
            inner, names = _schema_type(spec, target["items"])
            return f"list[{inner}]", names
        return name, {name}
    if schema.get("type") == "array":
        inner, names = _schema_type(spec, schema["items"])
        return f"list[{inner}]", names
    if schema.get("format") == "uuid":
        return "UUID | str", set()
    if schema.get("format") == "date-time":
        return "datetime | str", set()
    base = {"integer": "int", "boolean": "bool", "number": "float"}.get(
        schema.get("type", ""), "str"
    )
    if "integer" in schema.get("x-also-accept", []):
        base += " | int"
    if schema.get("x-seconds"):
        base = f"timedelta | {base}"
    return base, set()


def _help(text: str) -> str:
    """The first sentence of a description, on one line."""
    line = " ".join(text.split())
    return line.split(". ")[0].rstrip(".") if line else ""


def _rule(
    spec: dict[str, Any], parameter: dict[str, Any], exclusive: tuple[str, ...]
) -> str:
    """The validation rule of one parameter, as the Python code of a dict; exclusive: the
    arguments it cannot be given with (x-mutually-exclusive)."""
    schema = parameter.get("schema", {})
    target = _deref(spec, schema)
    rule: dict[str, str] = {"required": repr(bool(parameter.get("required")))}
    if parameter.get("allowReserved"):
        rule["allow_reserved"] = repr(parameter["name"])
    if exclusive:
        rule["exclusive"] = repr(exclusive)
    if parameter.get("x-file-time"):
        rule["file_time"] = "True"
    if target.get("x-seconds"):
        rule["seconds"] = "True"
    if "x-name-convention" in parameter:
        rule["convention"] = repr(parameter["x-name-convention"])
    elif "enum" in target:
        rule["enum"] = schema["$ref"].rsplit("/", 1)[1]
    else:
        for key in ("type", "format", "minimum", "maximum", "pattern"):
            if key in target:
                rule[key] = repr(target[key])
        if "integer" in target.get("x-also-accept", []):
            rule["also_int"] = "True"
        if "x-flags" in parameter:
            rule["flags"] = repr(parameter["x-flags"]["name"])
    return "{" + ", ".join(f"{k!r}: {v}" for k, v in rule.items()) + "}"


def _default(parameter: dict[str, Any]) -> str:
    value = parameter["schema"]["default"]
    flags = parameter.get("x-flags")
    if flags:
        member = next(k for k, v in flags["members"].items() if v == value)
        return f"{flags['name']}.{_constant(member)}"
    return repr(value)


def _constant(name: str) -> str:
    from openapi_python_client.strings import snake_case

    return snake_case(name).upper()


def _example(spec: dict[str, Any], arg_name: str, parameter: dict[str, Any]) -> str:
    if "example" in parameter:
        return repr(parameter["example"])
    target = _deref(spec, parameter.get("schema", {}))
    members = [v for v in target.get("enum", []) if v != "Invalid"]
    return repr(members[0]) if members else arg_name


def surface_model(
    spec: dict[str, Any], endpoints: list[Any], spec_operation: Any
) -> Surface:
    """The surface of the spec: one Method per operation, in the spec's order."""
    from openapi_python_client.strings import kebab_case, snake_case

    by_id = {spec_operation(e)["operationId"]: e for e in endpoints}
    order = [
        operation["operationId"]
        for path in spec["paths"].values()
        for operation in path.values()
    ]
    names = {op: str(by_id[op].name) for op in order}
    pythons = {
        op: {
            p.name: p.python_name
            for p in by_id[op].path_parameters + by_id[op].query_parameters
        }
        for op in order
    }
    methods: list[Method] = []
    flags: dict[str, dict[str, int]] = {}
    types: set[str] = set()
    rules: dict[str, list[tuple[str, str]]] = {}
    seconds: dict[str, list[str]] = {}
    for operation_id in order:
        endpoint = by_id[operation_id]
        op = spec_operation(endpoint)
        python = pythons[operation_id]
        key_wire = op.get("x-idempotency-key")
        args: list[Arg] = []
        rules[names[operation_id]] = []
        groups = op.get("x-mutually-exclusive", [])
        for parameter in op["parameters"]:
            name = python[parameter["name"]]
            wire = parameter["name"]
            exclusive = sorted(
                {python[o] for g in groups if wire in g for o in g if o != wire}
            )
            rules[names[operation_id]].append(
                (name, _rule(spec, parameter, tuple(exclusive)))
            )
            if name in ("api_version", "timeout") or parameter["name"] == key_wire:
                continue
            annotation, needed = _schema_type(spec, parameter["schema"])
            if parameter.get("x-file-time"):
                annotation = f"datetime | {annotation}"
            types |= needed
            required = bool(parameter.get("required"))
            has_default = required and "default" in parameter["schema"]
            target = _deref(spec, parameter["schema"])
            flag = parameter.get("x-flags")
            if flag:
                flags[flag["name"]] = {
                    _constant(k): v for k, v in flag["members"].items()
                }
                annotation = f"{flag['name']} | int"
            cli = (
                "flags"
                if flag
                else "choice"
                if "enum" in target
                else {"integer": "int", "boolean": "bool"}.get(
                    target.get("type", ""), "str"
                )
            )
            positional = required and not has_default
            args.append(
                Arg(
                    name=name,
                    wire=parameter["name"],
                    where=parameter["in"],
                    annotation=annotation
                    if positional or has_default
                    else f"{annotation} | None",
                    default=None
                    if positional
                    else _default(parameter)
                    if has_default
                    else "None",
                    positional=positional,
                    help=_help(parameter.get("description", "")),
                    cli=cli,
                    choices=[v for v in target.get("enum", []) if v != "Invalid"],
                    flags=flag["name"] if flag else None,
                    example=_example(spec, name, parameter),
                )
            )
        body: list[str] | None = None
        request = op.get("requestBody")
        if request:
            schema = _deref(spec, request["content"]["application/json"]["schema"])
            body = []
            required_props = set(schema.get("required", []))
            seconds[names[operation_id]] = []
            for prop, prop_schema in schema.get("properties", {}).items():
                name = snake_case(prop)
                if prop_schema.get("x-seconds"):
                    seconds[names[operation_id]].append(name)
                annotation, needed = _schema_type(spec, prop_schema)
                types |= needed
                # required with a default (as for a query parameter): a keyword, always sent
                has_default = prop in required_props and "default" in prop_schema
                positional = prop in required_props and not has_default
                body.append(name)
                args.append(
                    Arg(
                        name=name,
                        wire=prop,
                        where="body",
                        annotation=annotation
                        if (positional or has_default) and request.get("required")
                        else f"{annotation} | None",
                        default=repr(prop_schema["default"])
                        if has_default
                        else None
                        if positional and request.get("required")
                        else "None",
                        positional=positional,
                        help=_help(
                            prop_schema.get("description")
                            or _deref(spec, prop_schema).get("description", "")
                        ),
                        cli=_cli_kind(spec, prop_schema),
                        choices=[],
                        flags=None,
                        example=snake_case(prop),
                    )
                )
        # stable, so in the reference's order: positional ones, then the body's, then the query's
        args.sort(
            key=lambda a: (not a.positional, not a.positional and a.where != "body")
        )
        success = [code for code in op["responses"] if code != "default"]
        content = op["responses"][success[0]].get("content")
        returns = "None"
        if content:
            returns, needed = _schema_type(spec, content["application/json"]["schema"])
            types |= needed
            if "204" in success:
                returns += " | None"
        handle = None
        links = op["responses"][success[0]].get("links", {})
        if "progress" in links:
            handle = {
                name: {
                    "method": names[link["operationId"]],
                    "args": {
                        pythons[link["operationId"]][wire]: (
                            "_key"
                            if source.rsplit(".", 1)[1] == key_wire
                            else python[source.rsplit(".", 1)[1]]
                        )
                        for wire, source in link.get("parameters", {}).items()
                    },
                }
                for name, link in ((n, _deref(spec, link)) for n, link in links.items())
            }
        group, _, command = op.get(
            "x-cli-command",
            f"{kebab_case(op['tags'][0])} {kebab_case(operation_id)}",
        ).partition(" ")
        positional_args = ", ".join(a.example for a in args if a.positional)
        pager = None
        pageable = op.get("x-pageable")
        if pageable:
            page = _deref(spec, content["application/json"]["schema"])
            item, needed = _schema_type(
                spec, page["properties"][pageable["itemName"]]["items"]
            )
            types |= needed
            base = names[operation_id].removeprefix("get_")
            base = base.removesuffix("_list").removesuffix("_info")
            pager = {
                "name": f"iter_{base}" if base.endswith("s") else f"iter_{base}s",
                "item": item,
                "token": python[pageable["nextTokenName"]],
                "items": snake_case(pageable["itemName"]),
                "next": snake_case(pageable["nextTokenName"]),
                # sent with the first page only: what cannot go with a token
                "first_only": [
                    python[o]
                    for g in op.get("x-mutually-exclusive", [])
                    if pageable["nextTokenName"] in g
                    for o in g
                    if o != pageable["nextTokenName"]
                ],
            }
        methods.append(
            Method(
                name=names[operation_id],
                operation_id=operation_id,
                module=f"api.{endpoint.tags[0]}",
                summary=op.get("summary", "").rstrip("."),
                description=" ".join(op.get("description", "").split()),
                args=args,
                key=python[key_wire] if key_wire else None,
                body=body,
                returns=returns,
                handle=handle,
                group=group,
                command=command,
                example=f"client.{names[operation_id]}({positional_args})",
                pager=pager,
                options=_cli_options(spec, op, args),
                warning=op.get("x-irreversible", ""),
                follow={
                    **op["x-cli-follow"],
                    "parameter": python[op["x-cli-follow"]["parameter"]],
                }
                if "x-cli-follow" in op
                else None,
            )
        )
    for method in methods:
        if method.handle:
            progress = next(
                m for m in methods if m.name == method.handle["progress"]["method"]
            )
            method.handle["returns"] = progress.returns
    return Surface(
        title=spec["info"]["title"],
        methods=methods,
        flags=flags,
        type_names=sorted(types),
        rules=rules,
        seconds=seconds,
    )


def _open_unions(spec: dict[str, Any]) -> dict[str, list[str]]:
    """The open unions: component oneOfs whose first member is a discriminated union.

    The spec writes an open union X as oneOf [KnownX, UnknownX]: KnownX is the
    discriminated union of the kinds the spec lists, UnknownX takes any other kind.
    Returns X -> its flat members (KnownX's, then UnknownX), in order.
    """
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    unions: dict[str, list[str]] = {}
    for name, schema in schemas.items():
        refs = [m.get("$ref", "") for m in schema.get("oneOf", [])]
        if len(refs) != 2 or not all(r.startswith(SCHEMA_REF) for r in refs):
            continue
        known = schemas[refs[0].removeprefix(SCHEMA_REF)]
        if "discriminator" not in known:
            continue
        unions[name] = [
            *(m["$ref"].removeprefix(SCHEMA_REF) for m in known["oneOf"]),
            refs[1].removeprefix(SCHEMA_REF),
        ]
    return unions


def _models_spec(spec: dict[str, Any], unions: dict[str, list[str]]) -> dict[str, Any]:
    """The spec as datamodel-code-generator reads it: open unions flattened.

    Given oneOf [KnownX, UnknownX], datamodel-code-generator collapses KnownX, drops its
    discriminator and puts UnknownX first, so a listed kind would parse as UnknownX. Here
    X becomes oneOf [the listed members..., UnknownX] without a discriminator: pydantic's
    smart union takes the listed member whose const matches (it sets at least as many
    fields as UnknownX, and wins a tie by coming first), and UnknownX, whose kind is a
    plain string, takes any other kind.
    """
    flat: dict[str, Any] = json.loads(json.dumps(spec))
    schemas = flat["components"]["schemas"]
    for name, members in unions.items():
        schemas[name] = {
            key: value for key, value in schemas[name].items() if key != "oneOf"
        }
        schemas[name]["oneOf"] = [{"$ref": SCHEMA_REF + m} for m in members]
    return flat


UNION_PARSER = '''

class {name}:
    """{description}

    {usage}
    """

    _adapter: ClassVar[TypeAdapter[{union}]] = TypeAdapter({union})

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray) -> {union}:
        """Parses a JSON body into the member its kind selects."""
        return cls._adapter.validate_json(json_data)
'''


def _add_union_parsers(
    models_py: Path, spec: dict[str, Any], unions: dict[str, list[str]]
) -> None:
    """A class per open union that datamodel-code-generator collapsed away.

    The operation modules parse a response with X.model_validate_json; for an open union
    X (GetServiceInfo answers a ServiceInfo) this class is that X.
    """
    text = models_py.read_text(encoding="utf-8")
    added = []
    for name, members in unions.items():
        if re.search(rf"^class {name}\b", text, re.MULTILINE):
            continue
        description = textwrap.fill(
            " ".join(
                spec["components"]["schemas"][name].get("description", name).split()
            ),
            84,
            subsequent_indent="    ",
        )
        added.append(
            UNION_PARSER.format(
                name=name,
                description=description,
                usage=textwrap.fill(
                    f"The open union {', '.join(members)}: the type the operations"
                    f" returning a {name} parse with. {name}.model_validate_json(body)"
                    f" returns the member the body's kind selects ({members[-1]} for a"
                    " kind the spec does not list).",
                    84,
                    subsequent_indent="    ",
                ),
                union=" | ".join(members),
            )
        )
    if not added:
        return
    future = "from __future__ import annotations\n"
    text = text.replace(
        future,
        future + "\nfrom typing import ClassVar\n\nfrom pydantic import TypeAdapter\n",
        1,
    )
    models_py.write_text(text + "".join(added), encoding="utf-8")
    for command in (
        ["check", "--fix-only", "--select", "I", "--no-cache", "--quiet", "--isolated"],
        ["format", "--no-cache", "--quiet", "--isolated"],
    ):
        subprocess.run(
            [str(Path(sys.executable).with_name("ruff")), *command, str(models_py)],
            check=True,
        )


def _render_models(spec_path: Path, models_py: Path, templates: Path) -> None:
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    unions = _open_unions(spec)
    with tempfile.TemporaryDirectory(prefix="sfrest-models-") as tmp:
        flat = Path(tmp) / spec_path.name
        flat.write_text(json.dumps(_models_spec(spec, unions)), encoding="utf-8")
        subprocess.run(
            [
                str(Path(sys.executable).with_name("datamodel-codegen")),
                f"--input={flat}",
                f"--output={models_py}",
                f"--custom-template-dir={templates}",
                f"--custom-file-header={HEADER.strip()}",
                *DATAMODEL_ARGS,
            ],
            check=True,
        )
    _add_union_parsers(models_py, spec, unions)
    _split_models(models_py, templates)


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def _split_models(models_py: Path, templates: Path) -> None:
    """models.py as a package: a module per model, or per group of models that refer to
    one another, each importing the modules it needs; the package imports one on first
    use of a name (the first call of a fresh process builds a few models, not all)."""
    source = models_py.read_text(encoding="utf-8")
    lines = source.splitlines(keepends=True)
    tree = ast.parse(source)
    header = "".join(
        ast.unparse(n) + "\n" for n in tree.body if isinstance(n, ast.ImportFrom)
    )
    classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}

    def uses(node: ast.AST) -> set[str]:
        return {
            n.id for n in ast.walk(node) if isinstance(n, ast.Name) and n.id in classes
        }

    refs = {name: uses(node) - {name} for name, node in classes.items()}
    reach: dict[str, set[str]] = {}
    for name in classes:  # everything each model needs, directly or not
        seen: set[str] = set()
        todo = [name]
        while todo:
            for other in refs[todo.pop()] - seen:
                seen.add(other)
                todo.append(other)
        reach[name] = seen
    group = {
        n: [m for m in classes if m == n or (m in reach[n] and n in reach[m])]
        for n in classes
    }
    package = models_py.with_suffix("")
    package.mkdir()
    modules: dict[str, list[str]] = {}
    for name in classes:
        members = group[name]
        if members[0] != name:
            continue
        module = _snake(name)
        modules[module] = members
        needed = sorted(set().union(*(refs[m] for m in members)) - set(members))
        body = [header]
        body += [f"from .{_snake(group[m][0])} import {m}\n" for m in needed]
        for member in members:
            first = classes[member]
            start = (first.decorator_list[0] if first.decorator_list else first).lineno
            body.append("\n\n" + "".join(lines[start - 1 : first.end_lineno]))
        body += [  # model_rebuild() calls
            ast.unparse(n) + "\n"
            for n in tree.body
            if isinstance(n, ast.Expr) and uses(n) & set(members)
        ]
        (package / f"{module}.py").write_text("".join(body), encoding="utf-8")
    init = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    ).get_template("package_init.py.jinja")
    (package / "__init__.py").write_text(
        init.render(modules=modules, names=sorted(classes)), encoding="utf-8"
    )
    models_py.unlink()
    for command in (
        [
            "check",
            "--fix-only",
            "--select",
            "I,F401",
            "--no-cache",
            "--quiet",
            "--isolated",
        ],
        ["format", "--no-cache", "--quiet", "--isolated"],
    ):
        subprocess.run(
            [str(Path(sys.executable).with_name("ruff")), *command, str(package)],
            check=True,
        )


CONTRACT_BASE = "https://sfrest.invalid/contract/"
"""The contract's $id base: identifiers, not addresses (.invalid never resolves)."""
JSON_SCHEMA = "https://json-schema.org/draft/2020-12/schema"
CONTRACT_COMMENT = HEADER.removeprefix("# ").strip()
SCHEMA_REF = "#/components/schemas/"
# OpenAPI's own schema keywords; `discriminator` too (the oneOf members' `const` already
# tells them apart, and strict JSON Schema validators such as Ajv reject the keyword).
OPENAPI_ONLY = frozenset({"discriminator", "xml", "externalDocs", "example"})
WIRE_TYPES = {"integer": "string", "string": "integer"}


def _contract_schema(node: Any, ref: Any) -> Any:
    """One spec schema as plain JSON Schema 2020-12, its component $refs passed to ref().

    Drops OpenAPI-only keywords and x- extensions. x-also-accept (a list of JSON types a
    reader must also accept, the wire quirks the Python models tolerate) widens `type`;
    an integer that may come as a string only matches decimal strings.
    """
    if isinstance(node, list):
        return [_contract_schema(item, ref) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str):
            if not value.startswith(SCHEMA_REF):
                raise SystemExit(f"contract: cannot rewrite $ref {value!r}")
            name, _, pointer = value.removeprefix(SCHEMA_REF).partition("/")
            out[key] = ref(name, f"/{pointer}" if pointer else "")
        elif key in ("properties", "$defs", "patternProperties", "dependentSchemas"):
            out[key] = {k: _contract_schema(v, ref) for k, v in value.items()}
        elif key not in OPENAPI_ONLY and not key.startswith("x-"):
            out[key] = _contract_schema(value, ref)
    also = node.get("x-also-accept", [])
    if also:
        declared = out.get("type")
        if not isinstance(declared, str) or any(
            WIRE_TYPES.get(declared) != extra for extra in also
        ):
            raise SystemExit(
                f"contract: unsupported x-also-accept {also} on {declared}"
            )
        out["type"] = [declared, *also]
        if declared == "integer":
            out["pattern"] = "^-?[0-9]+$"  # applies to the string form only
    return out


def _contract_json(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _render_contract(spec: dict[str, Any], out: Path) -> None:
    """out/: one JSON Schema 2020-12 file per components/schemas entry, and all.schema.json.

    X.schema.json has $id CONTRACT_BASE + "X.schema.json" and refers to the others by
    relative $ref ("Y.schema.json"); all.schema.json holds every model under $defs
    ("#/$defs/Y"). Keys are sorted, indent 2, one trailing newline: byte-deterministic.
    """
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    out.mkdir(parents=True)
    title = spec.get("info", {}).get("title", "")
    bundle: dict[str, Any] = {}
    for name, schema in schemas.items():
        document = {
            "$schema": JSON_SCHEMA,
            "$id": f"{CONTRACT_BASE}{name}.schema.json",
            "$comment": CONTRACT_COMMENT,
            "title": name,
            **_contract_schema(
                schema, lambda n, p: f"{n}.schema.json" + (f"#{p}" if p else "")
            ),
        }
        (out / f"{name}.schema.json").write_text(
            _contract_json(document), encoding="utf-8"
        )
        bundle[name] = {
            "title": name,
            **_contract_schema(schema, lambda n, p: f"#/$defs/{n}{p}"),
        }
    everything = {
        "$schema": JSON_SCHEMA,
        "$id": f"{CONTRACT_BASE}all.schema.json",
        "$comment": CONTRACT_COMMENT,
        "title": f"{title}: every model",
        "description": "Every model of the spec under $defs; validate with #/$defs/<Name>.",
        "$defs": bundle,
    }
    (out / "all.schema.json").write_text(_contract_json(everything), encoding="utf-8")


def _script(name: str) -> Any:
    """scripts/<name>.py, beside this file, whether this runs as a script or is imported."""
    loaded = importlib.util.spec_from_file_location(
        f"sfrest_script_{name}", Path(__file__).with_name(f"{name}.py")
    )
    assert loaded is not None and loaded.loader is not None
    module = importlib.util.module_from_spec(loaded)
    sys.modules[loaded.name] = module  # dataclasses look their module up
    loaded.loader.exec_module(module)
    return module


def _sha256(paths: list[Path], base: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.relative_to(base).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def render(spec_path: Path, out: Path, package: str) -> Surface:
    """Render `package` from spec_path into the (absent) folder out; returns its surface."""
    spec_path = spec_path.resolve()
    templates = ROOT / "templates"
    package_dir = out / package
    surface = _render_client(spec_path, package_dir, package, templates / "client")
    shutil.rmtree(package_dir / "models")
    _render_models(spec_path, package_dir / "models.py", templates / "models")
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    for path in sorted(package_dir.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if not text.startswith(HEADER):
            path.write_text(HEADER + text, encoding="utf-8")
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    _render_contract(spec, out / "contract")
    _script("conformance").render(spec_path, spec, out)
    provenance = {
        "spec": spec_path.relative_to(ROOT).as_posix()
        if spec_path.is_relative_to(ROOT)
        else spec_path.name,
        "spec_sha256": _sha256([spec_path], spec_path.parent),
        "templates_sha256": _sha256(
            [p for p in templates.rglob("*") if p.is_file()], templates
        ),
        "generators": {name: version(name) for name in GENERATORS},
    }
    (out / "provenance.json").write_text(
        json.dumps(provenance, indent=2) + "\n", encoding="utf-8"
    )
    return surface


def _files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file()
        and not any(
            part.startswith((".", "__pycache__")) for part in p.relative_to(root).parts
        )
    }


def _diff(expected: Path, actual: Path) -> list[str]:
    """What differs between two trees, byte for byte, one line a file."""
    want, have = _files(expected), _files(actual) if actual.is_dir() else {}
    return [
        f"{'missing' if name not in have else 'not generated' if name not in want else 'differs'}: {name}"
        for name in sorted(want.keys() | have.keys())
        if want.get(name) != have.get(name)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--spec", type=Path, default=ROOT / "spec" / "servicefabric.yaml"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "generated")
    parser.add_argument("--package", default="sfrest_generated")
    parser.add_argument("--check", action="store_true", help="fail if --out differs")
    args = parser.parse_args()
    # the post hooks and datamodel-codegen's formatters run the pinned ruff of this venv
    os.environ["PATH"] = (
        f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    )
    out: Path = args.out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".generate-") as tmp:
        staged = Path(tmp) / "out"
        surface = render(args.spec.resolve(), staged, args.package)
        # chaostoolkit-sfrest's actions and probes: rendered beside its hand-written
        # modules (the distribution packages that folder), from the real spec only
        chaos = CHAOSTOOLKIT if args.package == "sfrest_generated" else None
        rendered = (
            {
                chaos / name: text
                for name, text in _script("chaostoolkit")
                .render(surface, ROOT / "templates" / "chaostoolkit")
                .items()
            }
            if chaos
            else {}
        )
        if args.check:
            problems = _diff(staged, out)
            problems += [
                f"differs: {path.relative_to(ROOT).as_posix()}"
                for path, text in rendered.items()
                if not path.is_file() or path.read_text(encoding="utf-8") != text
            ]
            for problem in problems:
                print(problem, file=sys.stderr)
            if problems:
                print(
                    "generated/ is stale: run `make generate` and commit",
                    file=sys.stderr,
                )
                return 1
            print(
                f"{out.relative_to(ROOT) if out.is_relative_to(ROOT) else out} matches spec/ + templates/"
            )
            return 0
        old = Path(tmp) / "old"
        if out.exists():
            out.rename(old)
        staged.rename(out)
    for path, text in rendered.items():
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
