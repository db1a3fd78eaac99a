-- CreateIndex
CREATE INDEX "resource_version_status_idx" ON "resource_version"("status");
