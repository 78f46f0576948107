export const id = 6850;
export const ids = [6850];
export const modules = {

/***/ 26850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jsonSchemaFor: () => (/* binding */ jsonSchemaFor),
/* harmony export */   schemaCommand: () => (/* binding */ schemaCommand)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98439);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _config_products_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67997);
/* harmony import */ var _config_recipe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82538);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54661);
/* harmony import */ var _config_template_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34074);






const SCHEMAS = {
    products: { schema: _config_products_js__WEBPACK_IMPORTED_MODULE_1__/* .ProductsFileSchema */ .MT, title: "lifecycle products/products.yml" },
    recipe: { schema: _config_recipe_js__WEBPACK_IMPORTED_MODULE_2__/* .RecipeSchema */ .Mh, title: "lifecycle products/<id>/recipe.yml" },
    template: { schema: _config_template_index_js__WEBPACK_IMPORTED_MODULE_4__/* .IngestTemplateSchema */ .CG, title: "lifecycle ingest_templates/<id>.yml" },
    settings: { schema: _config_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .SettingsSchema */ .ht, title: "lifecycle lifecycle.yml" },
};
const SchemaName = zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(["products", "recipe", "template", "settings"]);
/** The JSON Schema (draft 2020-12) of one configuration file, as the user writes it. */
function jsonSchemaFor(name) {
    const { schema, title } = SCHEMAS[name];
    const json = zod__WEBPACK_IMPORTED_MODULE_6__/* .toJSONSchema */ .bl(schema, { io: "input", unrepresentable: "any" });
    return { ...json, title };
}
const schemaCommand = {
    name: "schema",
    usage: "products|recipe|template|settings",
    details: `Save the output and point the YAML language server at it with a first-line comment,
e.g. in products/products.yml after "lifecycle schema products > .schemas/products.json":
  # yaml-language-server: $schema=../.schemas/products.json
See docs/config.md.`,
    options: {},
    async run(context) {
        const [name, ...extra] = context.positionals;
        const parsed = SchemaName.safeParse(name);
        if (!parsed.success || extra.length > 0) {
            const received = context.positionals.length > 0 ? `"${context.positionals.join(" ")}"` : "nothing";
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`schema needs one of: ${SchemaName.options.join(", ")} (received ${received})`);
        }
        context.stdout.write(`${JSON.stringify(jsonSchemaFor(parsed.data), null, 2)}\n`);
        return 0;
    },
};


/***/ })

};

//# sourceMappingURL=6850.index.js.map