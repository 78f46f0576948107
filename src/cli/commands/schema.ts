import { z } from "zod";
import { UsageError } from "../../core/errors.js";
import { ProductsFileSchema } from "../../config/products.js";
import { RecipeSchema } from "../../config/recipe.js";
import { SettingsSchema } from "../../config/settings.js";
import { IngestTemplateSchema } from "../../config/template/index.js";
import type { Command } from "../command.js";

const SCHEMAS = {
  products: { schema: ProductsFileSchema, title: "lifecycle products/products.yml" },
  recipe: { schema: RecipeSchema, title: "lifecycle products/<id>/recipe.yml" },
  template: { schema: IngestTemplateSchema, title: "lifecycle ingest_templates/<id>.yml" },
  settings: { schema: SettingsSchema, title: "lifecycle lifecycle.yml" },
} as const;

const SchemaName = z.enum(["products", "recipe", "template", "settings"]);

/** The JSON Schema (draft 2020-12) of one configuration file, as the user writes it. */
export function jsonSchemaFor(name: z.infer<typeof SchemaName>): Record<string, unknown> {
  const { schema, title } = SCHEMAS[name];
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  return { ...json, title };
}

export const schemaCommand: Command = {
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
      const received =
        context.positionals.length > 0 ? `"${context.positionals.join(" ")}"` : "nothing";
      throw new UsageError(
        `schema needs one of: ${SchemaName.options.join(", ")} (received ${received})`,
      );
    }
    context.stdout.write(`${JSON.stringify(jsonSchemaFor(parsed.data), null, 2)}\n`);
    return 0;
  },
};
