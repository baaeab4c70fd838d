// Locale-aware Link and helpers: /instansi/x in Indonesian, /en/instansi/x in English.
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
