import * as React from "react";
import * as ReactDOM from "react-dom";
import * as jsxRuntime from "react/jsx-runtime";
import type { MDXComponents } from "mdx/types";

/**
 * Turns compiled MDX into a component, on the server only.
 *
 * This replaces `getMDXComponent` from `mdx-bundler/client`: that module is
 * resolved by plain Node and would run the MDX against a second copy of React.
 * Here the code runs against the React that Next.js renders with.
 */
export function getMDXComponent(code: string): React.ComponentType<{ components?: MDXComponents }> {
  const scope = { React, ReactDOM, _jsx_runtime: jsxRuntime };
  const compiled = new Function(...Object.keys(scope), code)(...Object.values(scope)) as {
    default: React.ComponentType<{ components?: MDXComponents }>;
  };
  return compiled.default;
}
