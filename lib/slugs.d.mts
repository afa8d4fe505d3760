export declare const SLUGS: {
  readonly home: "";
  readonly howTo: "how-to";
  readonly faq: "faq";
  readonly directory: "resources";
  readonly privacy: "privacy";
  readonly accessibility: "accessibility";
  readonly card: "card";
  readonly record: "record";
  readonly search: "search";
  readonly offline: "offline";
  readonly notFound: "not-found";
};
