// The service: a Linux App Service plan and web app running the published ElcBot.Web on .NET 10, with the
// bot's managed identity attached and the settings the service reads (see .env.example).

@description('App Service plan name.')
param planName string

@description('Web app name; the host name is <name>.azurewebsites.net.')
param siteName string

@description('Azure region.')
param location string

@description('App Service plan size.')
param sku string

@description('Number of instances.')
param instanceCount int

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('Client id of that identity: the bot\'s app id, and the identity used for Table Storage.')
param identityClientId string

@description('Entra tenant of the identity.')
param tenantId string

@description('Table endpoint of the storage account.')
param tableServiceUri string

@description('Application Insights component name.')
param appInsightsName string

@secure()
@description('The contributor key secret (Privacy__ContributorKeySecret); the same value on every deployment.')
param contributorKeySecret string

@description('Entra object ids of the facilitators (Bot__Facilitators__N).')
param facilitatorIds string[]

@description('Tags put on every resource.')
param tags { *: string }

// App Service forwards traffic to this port; the service listens on it through its Port setting.
var containerPort = '8080'

// The service binds Bot__Facilitators__0, __1, ... to its list of facilitators, one setting per person.
var facilitatorSettings = [
  for (id, index) in facilitatorIds: {
    name: 'Bot__Facilitators__${index}'
    value: id
  }
]

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: sku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: siteName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet ElcBot.Web.dll'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        {
          name: 'ASPNETCORE_ENVIRONMENT'
          value: 'Production'
        }
        {
          name: 'Port'
          value: containerPort
        }
        {
          name: 'WEBSITES_PORT'
          value: containerPort
        }
        {
          name: 'MicrosoftAppType'
          value: 'UserAssignedMSI'
        }
        {
          name: 'MicrosoftAppId'
          value: identityClientId
        }
        {
          name: 'MicrosoftAppTenantId'
          value: tenantId
        }
        {
          name: 'Storage__TableServiceUri'
          value: tableServiceUri
        }
        {
          name: 'Storage__ManagedIdentityClientId'
          value: identityClientId
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsights.properties.ConnectionString
        }
        {
          name: 'Privacy__ContributorKeySecret'
          value: contributorKeySecret
        }
        ...facilitatorSettings
      ]
    }
  }
}

@description('The web app name.')
output siteName string = site.name

@description('Where Azure Bot sends Teams activities.')
output messagingEndpoint string = 'https://${site.properties.defaultHostName}/api/messages'
