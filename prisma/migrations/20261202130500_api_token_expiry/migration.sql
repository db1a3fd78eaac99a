-- AlterTable
ALTER TABLE "api_token" ADD COLUMN     "expires_at" TIMESTAMPTZ(3);
