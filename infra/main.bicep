// ElcBot in one resource group: a Linux App Service running the bot, an Azure Bot registration with the Teams
// channel, Table Storage reached with a user-assigned managed identity (no storage keys or bot password), and
// Application Insights on a Log Analytics workspace. The one secret, the contributor key, comes in as a secure
// parameter. Deploy with: az deployment group create --parameters infra/main.bicepparam (see README, Deploy).
targetScope = 'resourceGroup'

@description('Short name used to derive every resource name (lower-case letters, digits and hyphens).')
@minLength(3)
@maxLength(16)
param baseName string = 'elcbot'

@description('Azure region for everything except the bot registration, which is global.')
param location string = resourceGroup().location

@description('The bot\'s name as people see it in Teams.')
@maxLength(42)
param botDisplayName string = 'ELC Bot'

@description('App Service plan size. B1 suits a small deployment; B1 and B2 run at most 3 instances, S1 up to 10, and S1 or P0v3 and above can autoscale.')
@allowed([
  'B1'
  'B2'
  'S1'
  'P0v3'
  'P1v3'
])
param appServiceSku string = 'B1'

@description('Number of App Service instances (at most 3 on B1 or B2, which Azure refuses only once the plan is reached). Every instance shares the same Table Storage.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Azure Bot pricing tier. Teams is a standard channel, free on both tiers.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Days Log Analytics keeps telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@secure()
@minLength(32)
@description('The secret key that turns Teams user ids into pseudonymous contributor keys (Privacy__ContributorKeySecret). Generate it once and pass the same value to every deployment: a new key changes everyone\'s pseudonymous id, so people lose sight of what they gave and cannot erase it.')
param contributorKeySecret string

@description('Entra object ids of the people who may start and close rounds in every team (Bot__Facilitators__0, 1, ...). Teams does not tell the bot who owns a team, so with none listed nobody can run a round.')
param facilitatorIds string[] = []

@description('Tags put on every resource.')
param tags { *: string } = {
  application: 'ElcBot'
}

var suffix = uniqueString(resourceGroup().id, baseName)
var compactName = toLower(replace(baseName, '-', ''))
var appInsightsName = 'appi-${baseName}-${suffix}'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-${baseName}-${suffix}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: 'log-${baseName}-${suffix}'
    appInsightsName: appInsightsName
    location: location
    retentionInDays: logRetentionDays
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    accountName: take('st${compactName}${suffix}', 24)
    location: location
    identityId: identity.id
    identityPrincipalId: identity.properties.principalId
    tags: tags
  }
}

module app 'modules/app.bicep' = {
  name: 'app'
  // The app reads the Application Insights connection string from the component by name.
  dependsOn: [
    monitoring
  ]
  params: {
    planName: 'asp-${baseName}-${suffix}'
    siteName: 'app-${baseName}-${suffix}'
    location: location
    sku: appServiceSku
    instanceCount: instanceCount
    identityId: identity.id
    identityClientId: identity.properties.clientId
    tenantId: identity.properties.tenantId
    tableServiceUri: storage.outputs.tableServiceUri
    appInsightsName: appInsightsName
    contributorKeySecret: contributorKeySecret
    facilitatorIds: facilitatorIds
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    botName: 'bot-${baseName}-${suffix}'
    displayName: botDisplayName
    sku: botSku
    messagingEndpoint: app.outputs.messagingEndpoint
    identityId: identity.id
    identityClientId: identity.properties.clientId
    tenantId: identity.properties.tenantId
    tags: tags
  }
}

@description('Where Azure Bot sends Teams activities.')
output messagingEndpoint string = app.outputs.messagingEndpoint

@description('The bot id: put it in .env as MicrosoftAppId before building the Teams app package.')
output botAppId string = identity.properties.clientId

@description('The Entra tenant the bot identity lives in (MicrosoftAppTenantId).')
output tenantId string = identity.properties.tenantId

@description('The web app to deploy the published service to.')
output webAppName string = app.outputs.siteName

@description('The Azure Bot resource.')
output botName string = bot.outputs.botName

@description('The table endpoint the service uses (Storage__TableServiceUri).')
output tableServiceUri string = storage.outputs.tableServiceUri
