-- The old counts were per window and mean nothing to the delays; they are only throttle state.
DELETE FROM "SignInThrottle";

-- AlterTable
ALTER TABLE "SignInThrottle" DROP COLUMN "windowStart",
ADD COLUMN     "blockedUntil" TIMESTAMP(3),
ADD COLUMN     "lastAttemptAt" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "refused" INTEGER NOT NULL DEFAULT 0;
