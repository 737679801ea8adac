// The Azure Bot registration, authenticated as the user-assigned managed identity (no app secret to
// rotate), and its Microsoft Teams channel.

@description('Azure Bot resource name.')
param botName string

@description('The bot\'s name as people see it.')
param displayName string

@description('Pricing tier.')
param sku string

@description('The service\'s /api/messages address.')
param messagingEndpoint string

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('Client id of that identity, which is the bot\'s app id.')
param identityClientId string

@description('Entra tenant of the identity.')
param tenantId string

@description('Tags put on every resource.')
param tags { *: string }

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: identityId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('The Azure Bot resource name.')
output botName string = bot.name

@description('The Teams channel resource name.')
output teamsChannelName string = teams.name
