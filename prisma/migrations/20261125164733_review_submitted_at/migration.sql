-- AlterTable
ALTER TABLE "resource_version" ADD COLUMN     "submitted_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "information_resource_updated_at_code_idx" ON "information_resource"("updated_at", "code");

-- Versions already awaiting review: their creation is the best time known for the submission
UPDATE "resource_version" SET "submitted_at" = "created_at" WHERE "status" = 'submitted';
