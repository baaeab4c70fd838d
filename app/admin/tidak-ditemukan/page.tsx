import { notFound } from "next/navigation";

// The target of proxy.ts when a staff page's record does not exist for the actor: decided
// while prerendering, so the answer is a real 404 with the staff not-found page.
export default function StaffRecordNotFound() {
  notFound();
}
